using ResumeExport.Domain.Common;
using ResumeExport.Domain.Users;

namespace ResumeExport.Domain.UnitTests.Users;

public sealed class EmailAddressTests
{
    [TestCase("ana@example.com")]
    [TestCase("a@b.io")]
    [TestCase("Ana.Maria+cv@mail.example.co.uk")]
    [TestCase("first_last-1@sub-domain.example.org")]
    public void Accepts_a_bare_address_with_a_dotted_host(string candidate)
    {
        Assert.That(EmailAddress.IsValid(candidate), Is.True);
        Assert.That(EmailAddress.Parse(candidate).Value, Is.EqualTo(candidate));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("ana")]
    [TestCase("ana@")]
    [TestCase("@example.com")]
    [TestCase("ana@@example.com")]
    public void Rejects_a_missing_or_malformed_address(string? candidate) =>
        Assert.That(EmailAddress.IsValid(candidate), Is.False);

    [TestCase("Ana <ana@example.com>")]
    [TestCase("\"Ana Silva\" <ana@example.com>")]
    [TestCase("<ana@example.com>")]
    public void Rejects_a_display_name_form(string candidate) =>
        Assert.That(EmailAddress.IsValid(candidate), Is.False);

    [TestCase(" ana@example.com")]
    [TestCase("ana@example.com ")]
    [TestCase("ana @example.com")]
    [TestCase("ana@exa mple.com")]
    [TestCase("ana@example.com\n")]
    public void Rejects_an_address_containing_spaces(string candidate) =>
        Assert.That(EmailAddress.IsValid(candidate), Is.False);

    [TestCase("ana@localhost")]
    [TestCase("ana@example")]
    public void Rejects_a_host_without_a_dot(string candidate) =>
        Assert.That(EmailAddress.IsValid(candidate), Is.False);

    [Test]
    public void Accepts_an_address_of_exactly_254_characters()
    {
        var candidate = AddressOfLength(EmailAddress.MaxLength);

        Assert.That(candidate, Has.Length.EqualTo(254));
        Assert.That(EmailAddress.IsValid(candidate), Is.True);
    }

    [Test]
    public void Rejects_an_address_longer_than_254_characters()
    {
        var candidate = AddressOfLength(EmailAddress.MaxLength + 1);

        Assert.That(candidate, Has.Length.EqualTo(255));
        Assert.That(EmailAddress.IsValid(candidate), Is.False);
    }

    [Test]
    public void Normalized_is_the_lower_case_form_and_Value_keeps_the_original_case()
    {
        var email = EmailAddress.Parse("Ana.Maria@Example.COM");

        Assert.Multiple(() =>
        {
            Assert.That(email.Value, Is.EqualTo("Ana.Maria@Example.COM"));
            Assert.That(email.Normalized, Is.EqualTo("ana.maria@example.com"));
            Assert.That(email.ToString(), Is.EqualTo("Ana.Maria@Example.COM"));
        });
    }

    [Test]
    public void Two_spellings_of_one_address_share_the_same_normalized_form() =>
        Assert.That(EmailAddress.Parse("ANA@example.com").Normalized, Is.EqualTo(EmailAddress.Parse("ana@EXAMPLE.com").Normalized));

    [Test]
    public void Parse_rejects_an_invalid_address_with_the_invalid_email_code()
    {
        var error = Assert.Throws<DomainException>(() => EmailAddress.Parse("Ana <ana@example.com>"));

        Assert.That(error.Code, Is.EqualTo("invalid_email"));
    }

    /// <summary>A plausible address: a short local part and a host of dotted 63-character labels (DNS's label limit).</summary>
    private static string AddressOfLength(int length)
    {
        const string local = "ana.silva1";
        const string topLevel = ".com";
        var hostLength = length - local.Length - "@".Length - topLevel.Length;
        var host = string.Concat(Enumerable.Range(0, hostLength).Select(i => i % 64 == 63 ? '.' : 'h'));
        return $"{local}@{host}{topLevel}";
    }
}
