using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.UnitTests.Exports;

public sealed class ExportTests
{
    private static readonly Guid ResumeId = Guid.NewGuid();
    private static readonly DateTimeOffset RequestedAt = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);
    private readonly Export export = Export.Request(Guid.NewGuid(), ResumeId, PageSize.A4, ExportDelivery.Email, "key-1", RequestedAt);

    [Test]
    public void The_same_request_differs_in_nothing() =>
        Assert.That(export.DifferencesFrom(ResumeId, "pdf", PageSize.A4, ExportDelivery.Email), Is.Empty);

    [Test]
    public void Each_changed_part_of_the_request_is_named_as_the_api_names_it() =>
        Assert.That(
            export.DifferencesFrom(Guid.NewGuid(), "docx", PageSize.Letter, ExportDelivery.Download),
            Is.EqualTo(new[] { "resumeId", "format", "pageSize", "delivery" }));
}
