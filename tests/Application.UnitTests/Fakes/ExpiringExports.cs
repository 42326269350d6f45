using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Fakes;

internal static class ExpiringExports
{
    /// <summary>A completed export of <paramref name="sizeBytes"/> whose 7-day retention ends at <paramref name="expiresAt"/>.</summary>
    /// <param name="withPreview">Completed with a preview stored beside the PDF (exports made before previews have none).</param>
    /// <param name="format">The export's format; its file is stored under that format's extension.</param>
    public static Export Completed(
        DateTimeOffset expiresAt, long sizeBytes = 1000, string driver = "local", bool withPreview = false, string format = ExportFormats.Pdf)
    {
        var completedAt = expiresAt.AddDays(-7);
        var userId = Guid.NewGuid();
        var export = Export.Request(userId, Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, completedAt.AddMinutes(-1), format);
        export.StartAttempt();
        export.Complete(driver, ExportStorageKeys.For(userId, export.Id, format), sizeBytes, 7, completedAt,
            withPreview ? ExportStorageKeys.PreviewFor(userId, export.Id) : null);
        return export;
    }
}
