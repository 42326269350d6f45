using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Fakes;

internal static class ExpiringExports
{
    /// <summary>The render key every export here records, so one may reuse another's file.</summary>
    public const string RenderKey = "5555555555555555555555555555555555555555555555555555555555555555";

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
            withPreview ? ExportStorageKeys.PreviewFor(userId, export.Id) : null, renderKey: RenderKey);
        return export;
    }

    /// <summary>An export of <paramref name="source"/>'s render that reused its file, with a preview of its own, expiring at <paramref name="expiresAt"/>.</summary>
    public static Export Reusing(Export source, DateTimeOffset expiresAt)
    {
        var completedAt = expiresAt.AddDays(-7);
        var export = Export.Request(source.UserId, source.ResumeId, PageSize.A4, ExportDelivery.Download, null, completedAt.AddMinutes(-1), source.Format, 1);
        export.StartAttempt();
        export.CompleteWithFileOf(source, source.RenderKey!, source.StorageDriver!, 7, completedAt, ExportStorageKeys.PreviewFor(source.UserId, export.Id));
        return export;
    }
}
