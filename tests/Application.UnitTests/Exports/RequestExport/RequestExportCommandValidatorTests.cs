using ResumeExport.Application.Exports.RequestExport;

namespace ResumeExport.Application.UnitTests.Exports.RequestExport;

public sealed class RequestExportCommandValidatorTests
{
    private readonly RequestExportCommandValidator validator = new();

    [Test]
    public void Accepts_a_pdf_export_with_only_the_required_fields() =>
        Assert.That(Errors(Command()), Is.Empty);

    [Test]
    public void Accepts_every_delivery_and_page_size_and_a_key_of_letters_digits_and_dot_underscore_colon_dash() =>
        Assert.That(
            new[]
            {
                Command() with { Delivery = "download", PageSize = "a4", IdempotencyKey = "Retry-1_a.b:c" },
                Command() with { Delivery = "email", PageSize = "letter", IdempotencyKey = new string('k', 128) },
                Command() with { PageSize = "legal" },
            }.SelectMany(Errors),
            Is.Empty);

    [TestCase("pdf")]
    [TestCase("docx")]
    [TestCase("markdown")]
    [TestCase("text")]
    public void Accepts_every_export_format(string format) =>
        Assert.That(Errors(Command() with { Format = format }), Is.Empty);

    [TestCase("PDF")]
    [TestCase("md")]
    [TestCase("html")]
    [TestCase("")]
    [TestCase(null)]
    public void Rejects_an_unknown_format_naming_format_and_listing_the_allowed_values(string? format)
    {
        var errors = validator.Validate(Command() with { Format = format! }).Errors;

        Assert.Multiple(() =>
        {
            Assert.That(errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Format" }));
            Assert.That(errors.Single().ErrorMessage, Is.EqualTo("'format' must be one of 'pdf', 'docx', 'markdown', 'text'."));
        });
    }

    [TestCase("fax")]
    [TestCase("Email")]
    [TestCase("")]
    public void Rejects_an_unknown_delivery(string delivery) =>
        Assert.That(Errors(Command() with { Delivery = delivery }), Is.EqualTo(new[] { "Delivery" }));

    [TestCase("A4")]
    [TestCase("Legal")]
    [TestCase("tabloid")]
    [TestCase("")]
    public void Rejects_an_unknown_page_size(string pageSize) =>
        Assert.That(Errors(Command() with { PageSize = pageSize }), Is.EqualTo(new[] { "PageSize" }));

    [TestCase("has space")]
    [TestCase("slash/key")]
    [TestCase("ключ")]
    [TestCase("")]
    public void Rejects_an_idempotency_key_with_other_characters(string key) =>
        Assert.That(Errors(Command() with { IdempotencyKey = key }), Is.EqualTo(new[] { "IdempotencyKey" }));

    [Test]
    public void Rejects_an_idempotency_key_over_128_characters() =>
        Assert.That(Errors(Command() with { IdempotencyKey = new string('k', 129) }), Is.EqualTo(new[] { "IdempotencyKey" }));

    [Test]
    public void Requires_a_resume_id() =>
        Assert.That(Errors(Command() with { ResumeId = Guid.Empty }), Is.EqualTo(new[] { "ResumeId" }));

    private static RequestExportCommand Command() => new(Guid.NewGuid(), "pdf", Delivery: null, PageSize: null, IdempotencyKey: null);

    private string[] Errors(RequestExportCommand command) =>
        [.. validator.Validate(command).Errors.Select(e => e.PropertyName).Distinct()];
}
