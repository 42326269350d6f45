using ResumeExport.Application.Auth.Register;

namespace ResumeExport.Application.UnitTests.Auth.Register;

public sealed class RegisterCommandValidatorTests
{
    private const string ValidEmail = "ana@example.com";
    private const string ValidPassword = "correct horse battery";
    private const string ValidName = "Ana Silva";

    private readonly RegisterCommandValidator validator = new();

    [Test]
    public void Accepts_a_well_formed_command() =>
        Assert.That(validator.Validate(new RegisterCommand(ValidEmail, ValidPassword, ValidName)).Errors, Is.Empty);

    [TestCase("")]
    [TestCase("   ")]
    public void Rejects_a_missing_email(string email) =>
        Assert.That(FailedProperties(new RegisterCommand(email, ValidPassword, ValidName)), Is.EqualTo(new[] { "Email" }));

    [TestCase("ana")]
    [TestCase("Ana <ana@example.com>")]
    [TestCase("ana@localhost")]
    [TestCase(" ana@example.com")]
    public void Rejects_an_invalid_email(string email)
    {
        var errors = validator.Validate(new RegisterCommand(email, ValidPassword, ValidName)).Errors;

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].PropertyName, Is.EqualTo("Email"));
        Assert.That(errors[0].ErrorMessage, Is.EqualTo("'Email' is not a valid e-mail address."));
    }

    [Test]
    public void Rejects_an_email_longer_than_254_characters()
    {
        var email = new string('a', 64) + "@" + new string('b', 186) + ".com";

        Assert.That(email, Has.Length.EqualTo(255));
        Assert.That(FailedProperties(new RegisterCommand(email, ValidPassword, ValidName)), Is.EqualTo(new[] { "Email" }));
    }

    [Test]
    public void Rejects_a_missing_password() =>
        Assert.That(FailedProperties(new RegisterCommand(ValidEmail, string.Empty, ValidName)), Has.Member("Password"));

    [Test]
    public void Rejects_a_password_shorter_than_ten_characters() =>
        Assert.That(FailedProperties(new RegisterCommand(ValidEmail, new string('p', 9), ValidName)), Is.EqualTo(new[] { "Password" }));

    [Test]
    public void Accepts_a_password_of_exactly_ten_characters() =>
        Assert.That(validator.Validate(new RegisterCommand(ValidEmail, new string('p', 10), ValidName)).IsValid, Is.True);

    [Test]
    public void Rejects_a_password_longer_than_128_characters() =>
        Assert.That(FailedProperties(new RegisterCommand(ValidEmail, new string('p', 129), ValidName)), Is.EqualTo(new[] { "Password" }));

    [Test]
    public void Accepts_a_password_of_exactly_128_characters() =>
        Assert.That(validator.Validate(new RegisterCommand(ValidEmail, new string('p', 128), ValidName)).IsValid, Is.True);

    [TestCase(" correct horse battery")]
    [TestCase("correct horse battery ")]
    public void Rejects_a_password_that_starts_or_ends_with_a_space(string password)
    {
        var errors = validator.Validate(new RegisterCommand(ValidEmail, password, ValidName)).Errors;

        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].ErrorMessage, Is.EqualTo("'Password' must not start or end with spaces."));
    }

    [Test]
    public void Accepts_spaces_inside_a_password_without_demanding_symbols_or_digits() =>
        Assert.That(validator.Validate(new RegisterCommand(ValidEmail, "all lower case words", ValidName)).IsValid, Is.True);

    [TestCase("")]
    [TestCase("   ")]
    public void Rejects_a_blank_display_name(string displayName) =>
        Assert.That(FailedProperties(new RegisterCommand(ValidEmail, ValidPassword, displayName)), Is.EqualTo(new[] { "DisplayName" }));

    [Test]
    public void Rejects_a_display_name_longer_than_one_hundred_characters() =>
        Assert.That(FailedProperties(new RegisterCommand(ValidEmail, ValidPassword, new string('n', 101))), Is.EqualTo(new[] { "DisplayName" }));

    [Test]
    public void Accepts_a_display_name_of_exactly_one_hundred_characters() =>
        Assert.That(validator.Validate(new RegisterCommand(ValidEmail, ValidPassword, new string('n', 100))).IsValid, Is.True);

    [Test]
    public void Reports_every_violated_rule_at_once()
    {
        var result = validator.Validate(new RegisterCommand("not-an-email", "short", string.Empty));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.PropertyName).Distinct(), Is.EquivalentTo(new[] { "Email", "Password", "DisplayName" }));
    }

    private string[] FailedProperties(RegisterCommand command) =>
        [.. validator.Validate(command).Errors.Select(e => e.PropertyName).Distinct()];
}
