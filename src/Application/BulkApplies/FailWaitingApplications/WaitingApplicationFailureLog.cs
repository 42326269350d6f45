using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ResumeExport.Application.BulkApplies.FailWaitingApplications;

/// <summary>Logs a bulk application whose e-mail will never be sent because its export failed.</summary>
public sealed partial class WaitingApplicationFailureLog(ILogger<WaitingApplicationFailureLog> logger)
{
    public void Record(Guid emailJobId, Guid exportId, string exportErrorCode) =>
        LogWaitingApplicationFailed(emailJobId, exportId, exportErrorCode, Activity.Current?.TraceId.ToString());

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning,
        Message = "E-mail job {EmailJobId} failed without sending: export {ExportId}, whose PDF it was waiting for, failed with {ErrorCode} (trace {TraceId})")]
    private partial void LogWaitingApplicationFailed(Guid emailJobId, Guid exportId, string errorCode, string? traceId);
}
