using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Fakes;

internal static class ExpiringExports
{
    /// <summary>A completed export of <paramref name="sizeBytes"/> whose 7-day retention ends at <paramref name="expiresAt"/>.</summary>
    /// <param name="withPreview">Completed with a preview stored beside the PDF (exports made before previews have none).</param>
    public static Export Completed(DateTimeOffset expiresAt, long sizeBytes = 1000, string driver = "local", bool withPreview = false)
    {
        var completedAt = expiresAt.AddDays(-7);
        var userId = Guid.NewGuid();
        var export = Export.Request(userId, Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, completedAt.AddMinutes(-1));
        export.StartAttempt();
        export.Complete(driver, ExportStorageKeys.For(userId, export.Id), sizeBytes, 7, completedAt,
            withPreview ? ExportStorageKeys.PreviewFor(userId, export.Id) : null);
        return export;
    }
}
