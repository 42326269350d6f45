using Microsoft.Extensions.Logging;

namespace ResumeExport.Adapters.Rendering;

/// <summary>Rendering logs. They name templates and sizes, never resume content, and know nothing of exports (callers scope those).</summary>
internal static partial class RenderingLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Chromium launched (pid {ProcessId}) in {ElapsedMs} ms")]
    public static partial void BrowserLaunched(ILogger logger, int? processId, long elapsedMs);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Chromium disconnected (pid {ProcessId}); the next render relaunches it")]
    public static partial void BrowserDisconnected(ILogger logger, int? processId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Chromium failed to launch from {ExecutablePath}")]
    public static partial void BrowserLaunchFailed(ILogger logger, string executablePath, Exception exception);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information,
        Message = "Rendered template {TemplateKey} on {PageSize}: {PageCount} pages, {SizeBytes} bytes in {ElapsedMs} ms")]
    public static partial void Rendered(ILogger logger, string templateKey, string pageSize, int pageCount, int sizeBytes, long elapsedMs);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning,
        Message = "Chromium was unavailable while rendering template {TemplateKey}; retrying once on a relaunched browser")]
    public static partial void RetryingAfterBrowserLoss(ILogger logger, string templateKey, Exception? exception);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning,
        Message = "Rendering template {TemplateKey} on {PageSize} failed with {ErrorCode} after {ElapsedMs} ms")]
    public static partial void RenderFailed(ILogger logger, string templateKey, string pageSize, string errorCode, long elapsedMs, Exception exception);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Debug, Message = "Blocked a request from a resume page: {Scheme} URL")]
    public static partial void RequestBlocked(ILogger logger, string scheme);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Warning,
        Message = "The PDF of template {TemplateKey} has no classic trailer; kept Chromium's metadata (no author, XMP or link alternate text)")]
    public static partial void DocumentInfoNotWritten(ILogger logger, string templateKey);

    [LoggerMessage(EventId = 3108, Level = LogLevel.Information,
        Message = "Chromium recycled: pid {OldProcessId} replaced by pid {NewProcessId} ({Reason}) after {Renders} renders, tree RSS {TreeRssMB} MB; the old one closes when its renders in flight finish")]
    public static partial void BrowserRecycled(ILogger logger, int? oldProcessId, int? newProcessId, string reason, int renders, long? treeRssMB);

    [LoggerMessage(EventId = 3109, Level = LogLevel.Warning,
        Message = "Chromium (pid {ProcessId}) is due for recycling but its replacement did not start; it stays in service and the replacement is tried again later")]
    public static partial void BrowserRecycleFailed(ILogger logger, int? processId, Exception exception);
}
