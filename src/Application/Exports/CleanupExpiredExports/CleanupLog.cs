using Microsoft.Extensions.Logging;

namespace ResumeExport.Application.Exports.CleanupExpiredExports;

/// <summary>The figures of each cleanup run, for operators (structured: count, bytes, dry run).</summary>
internal static partial class CleanupLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Export cleanup dry run: {Count} expired exports ({Bytes} bytes) would be deleted; nothing was changed")]
    public static partial void DryRun(ILogger logger, int count, long bytes);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information,
        Message = "Export cleanup expired {Count} exports and deleted {Bytes} bytes in {Batches} batches; {Skipped} left for the next run after storage errors")]
    public static partial void Completed(ILogger logger, int count, long bytes, int batches, int skipped);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "Export cleanup could not delete the file of export {ExportId} ({ErrorCode}); the export stays completed until the next run")]
    public static partial void DeleteFailed(ILogger logger, Exception exception, Guid exportId, string errorCode);
}
