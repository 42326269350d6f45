using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>
/// Exports in each state of their life, requested a day before <see cref="TestClock.Now"/> unless told, of the resume's
/// version 1 (a resume as created) unless told; completed ones record no file hash unless given one.
/// </summary>
internal static class TestExports
{
    public const long Size = 4096;

    public static Export Queued(
        Guid userId, Guid resumeId, ExportDelivery delivery = ExportDelivery.Download, string? idempotencyKey = null, DateTimeOffset? requestedAt = null,
        string format = ExportFormats.Pdf, int? resumeVersion = 1) =>
        Export.Request(userId, resumeId, PageSize.A4, delivery, idempotencyKey, requestedAt ?? TestClock.Now.AddDays(-1), format, resumeVersion);

    public static Export Processing(Guid userId, Guid resumeId, ExportDelivery delivery = ExportDelivery.Download)
    {
        var export = Queued(userId, resumeId, delivery);
        export.StartAttempt();
        return export;
    }

    public static Export Completed(
        Guid userId, Guid resumeId, DateTimeOffset? requestedAt = null, int retentionDays = 7, string driver = InMemoryExportStorage.DefaultDriver,
        string format = ExportFormats.Pdf, int? resumeVersion = 1, string? fileSha256 = null)
    {
        var export = Queued(userId, resumeId, requestedAt: requestedAt, format: format, resumeVersion: resumeVersion);
        export.StartAttempt();
        export.Complete(
            driver, ExportStorageKeys.For(userId, export.Id, format), Size, retentionDays, export.RequestedAt.AddMinutes(1), fileSha256: fileSha256);
        return export;
    }

    public static Export Failed(Guid userId, Guid resumeId, DateTimeOffset? requestedAt = null, string format = ExportFormats.Pdf)
    {
        var export = Queued(userId, resumeId, requestedAt: requestedAt, format: format);
        export.StartAttempt();
        export.Fail(ExportErrorCodes.RenderFailed, "Chromium crashed.", export.RequestedAt.AddMinutes(1));
        return export;
    }
}
