using ResumeExport.Contracts;

namespace ResumeExport.Application.UnitTests.Contracts;

public sealed class RenderExportDocumentValidatorTests
{
    private static readonly DateTimeOffset RequestedAt = new(2026, 12, 7, 9, 30, 0, TimeSpan.Zero);

    private readonly RenderExportDocumentValidator validator = new();

    [TestCase("docx")]
    [TestCase("markdown")]
    [TestCase("text")]
    public void Accepts_a_message_for_each_format_that_needs_no_browser(string format) =>
        Assert.That(validator.Validate(new RenderExportDocument(Guid.NewGuid(), Guid.NewGuid(), RequestedAt, format)).Errors, Is.Empty);

    [TestCase("pdf")]
    [TestCase("odt")]
    [TestCase("")]
    [TestCase(null)]
    public void Rejects_a_pdf_or_an_unknown_format(string? format) =>
        Assert.That(FailedProperties(new RenderExportDocument(Guid.NewGuid(), Guid.NewGuid(), RequestedAt, format!)), Is.EqualTo(new[] { "Format" }));

    [Test]
    public void Requires_every_id_and_the_request_time() =>
        Assert.That(FailedProperties(new RenderExportDocument(Guid.Empty, Guid.Empty, default, "text")), Is.EquivalentTo(new[] { "ExportId", "UserId", "RequestedAt" }));

    private string[] FailedProperties(RenderExportDocument message) =>
        [.. validator.Validate(message).Errors.Select(e => e.PropertyName).Distinct()];
}
