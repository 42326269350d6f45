using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ResumeExport.Application.BulkApplies.FailWaitingApplications;

/// <summary>The structured record of a bulk application that failed with its export: its e-mail job will never be sent.</summary>
public sealed partial class WaitingApplicationFailureLog(ILogger<WaitingApplicationFailureLog> logger)
{
    public void Record(Guid emailJobId, Guid exportId, string exportErrorCode) =>
        LogWaitingApplicationFailed(emailJobId, exportId, exportErrorCode, Activity.Current?.TraceId.ToString());

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning,
        Message = "E-mail job {EmailJobId} failed without sending: export {ExportId}, whose PDF it was waiting for, failed with {ErrorCode} (trace {TraceId})")]
    private partial void LogWaitingApplicationFailed(Guid emailJobId, Guid exportId, string errorCode, string? traceId);
}
