using ResumeExport.Contracts;

namespace ResumeExport.Application.UnitTests.Contracts;

public sealed class RenderExportPdfValidatorTests
{
    private static readonly DateTimeOffset RequestedAt = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    private readonly RenderExportPdfValidator validator = new();

    [Test]
    public void Accepts_a_message_with_every_id_and_the_request_time() =>
        Assert.That(validator.Validate(new RenderExportPdf(Guid.NewGuid(), Guid.NewGuid(), RequestedAt)).Errors, Is.Empty);

    [Test]
    public void Rejects_an_empty_export_id() =>
        Assert.That(FailedProperties(new RenderExportPdf(Guid.Empty, Guid.NewGuid(), RequestedAt)), Is.EqualTo(new[] { "ExportId" }));

    [Test]
    public void Rejects_an_empty_user_id() =>
        Assert.That(FailedProperties(new RenderExportPdf(Guid.NewGuid(), Guid.Empty, RequestedAt)), Is.EqualTo(new[] { "UserId" }));

    [Test]
    public void Rejects_a_missing_request_time() =>
        Assert.That(FailedProperties(new RenderExportPdf(Guid.NewGuid(), Guid.NewGuid(), default)), Is.EqualTo(new[] { "RequestedAt" }));

    [Test]
    public void Reports_every_empty_member_at_once() =>
        Assert.That(FailedProperties(new RenderExportPdf(Guid.Empty, Guid.Empty, default)), Is.EquivalentTo(new[] { "ExportId", "UserId", "RequestedAt" }));

    private string[] FailedProperties(RenderExportPdf message) =>
        [.. validator.Validate(message).Errors.Select(e => e.PropertyName).Distinct()];
}
