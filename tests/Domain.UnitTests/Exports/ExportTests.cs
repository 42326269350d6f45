using ResumeExport.Domain.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.UnitTests.Exports;

public sealed class ExportTests
{
    private static readonly Guid ResumeId = Guid.NewGuid();
    private static readonly DateTimeOffset RequestedAt = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);
    private readonly Export export = Export.Request(Guid.NewGuid(), ResumeId, PageSize.A4, ExportDelivery.Email, "key-1", RequestedAt);

    [Test]
    public void A_request_without_a_format_is_a_pdf_and_one_with_a_format_keeps_it()
    {
        var markdown = Export.Request(Guid.NewGuid(), ResumeId, PageSize.A4, ExportDelivery.Download, null, RequestedAt, ExportFormats.Markdown);

        Assert.Multiple(() =>
        {
            Assert.That(export.Format, Is.EqualTo(ExportFormats.Pdf));
            Assert.That(markdown.Format, Is.EqualTo(ExportFormats.Markdown));
        });
    }

    [Test]
    public void A_request_in_an_unknown_format_is_refused() =>
        Assert.That(() => Export.Request(Guid.NewGuid(), ResumeId, PageSize.A4, ExportDelivery.Download, null, RequestedAt, "odt"),
            Throws.InstanceOf<DomainException>().With.Property(nameof(DomainException.Code)).EqualTo("unknown_export_format"));

    [Test]
    public void The_same_request_differs_in_nothing() =>
        Assert.That(export.DifferencesFrom(ResumeId, "pdf", PageSize.A4, ExportDelivery.Email), Is.Empty);

    [Test]
    public void Each_changed_part_of_the_request_is_named_as_the_api_names_it() =>
        Assert.That(
            export.DifferencesFrom(Guid.NewGuid(), "docx", PageSize.Letter, ExportDelivery.Download),
            Is.EqualTo(new[] { "resumeId", "format", "pageSize", "delivery" }));
}
