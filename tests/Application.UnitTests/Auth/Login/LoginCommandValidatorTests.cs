using ResumeExport.Application.Auth.Login;

namespace ResumeExport.Application.UnitTests.Auth.Login;

public sealed class LoginCommandValidatorTests
{
    private const string ValidEmail = "ana@example.com";
    private const string ValidPassword = "correct horse battery";

    private readonly LoginCommandValidator validator = new();

    [Test]
    public void Accepts_a_well_formed_command() =>
        Assert.That(validator.Validate(new LoginCommand(ValidEmail, ValidPassword)).Errors, Is.Empty);

    [TestCase("")]
    [TestCase("   ")]
    public void Rejects_a_missing_email(string email) =>
        Assert.That(FailedProperties(new LoginCommand(email, ValidPassword)), Is.EqualTo(new[] { "Email" }));

    [Test]
    public void Rejects_an_email_longer_than_254_characters() =>
        Assert.That(FailedProperties(new LoginCommand(new string('a', 251) + ".com", ValidPassword)), Is.EqualTo(new[] { "Email" }));

    [Test]
    public void Accepts_an_email_of_exactly_254_characters() =>
        Assert.That(validator.Validate(new LoginCommand(new string('a', 250) + ".com", ValidPassword)).IsValid, Is.True);

    [Test]
    public void Rejects_a_missing_password() =>
        Assert.That(FailedProperties(new LoginCommand(ValidEmail, string.Empty)), Is.EqualTo(new[] { "Password" }));

    [Test]
    public void Rejects_a_password_longer_than_128_characters() =>
        Assert.That(FailedProperties(new LoginCommand(ValidEmail, new string('p', 129))), Is.EqualTo(new[] { "Password" }));

    [Test]
    public void Does_not_apply_the_sign_up_length_minimum_to_a_login_password() =>
        Assert.That(validator.Validate(new LoginCommand(ValidEmail, "short")).IsValid, Is.True);

    [Test]
    public void Reports_every_violated_rule_at_once()
    {
        var result = validator.Validate(new LoginCommand(string.Empty, string.Empty));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.PropertyName).Distinct(), Is.EquivalentTo(new[] { "Email", "Password" }));
    }

    private string[] FailedProperties(LoginCommand command) =>
        [.. validator.Validate(command).Errors.Select(e => e.PropertyName).Distinct()];
}
