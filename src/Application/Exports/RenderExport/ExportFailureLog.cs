using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Exports.RenderExport;

/// <summary>
/// The structured failure records operators search for: export id, attempt, error code, exception type, trace id; and
/// each bulk application that failed with its export.
/// </summary>
public sealed partial class ExportFailureLog(ILogger<ExportFailureLog> logger)
{
    public void Record(Guid exportId, int attempt, CodedFailureException failure, bool final)
    {
        var exceptionType = (failure.InnerException ?? failure).GetType().Name;
        var traceId = Activity.Current?.TraceId.ToString();
        if (final)
        {
            LogFailed(exportId, attempt, failure.Code, exceptionType, traceId, failure.Message);
        }
        else
        {
            LogAttemptFailed(exportId, attempt, failure.Code, exceptionType, traceId, failure.Message);
        }
    }

    /// <summary>A bulk application failed with its export: its e-mail job will never be sent.</summary>
    public void RecordWaitingApplicationFailed(Guid emailJobId, Guid exportId, string exportErrorCode) =>
        LogWaitingApplicationFailed(emailJobId, exportId, exportErrorCode, Activity.Current?.TraceId.ToString());

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning,
        Message = "E-mail job {EmailJobId} failed without sending: export {ExportId}, whose PDF it was waiting for, failed with {ErrorCode} (trace {TraceId})")]
    private partial void LogWaitingApplicationFailed(Guid emailJobId, Guid exportId, string errorCode, string? traceId);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Export {ExportId} attempt {Attempt} failed with {ErrorCode} ({ExceptionType}, trace {TraceId}); it will be retried: {Reason}")]
    private partial void LogAttemptFailed(Guid exportId, int attempt, string errorCode, string exceptionType, string? traceId, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error,
        Message = "Export {ExportId} failed for good on attempt {Attempt} with {ErrorCode} ({ExceptionType}, trace {TraceId}): {Reason}")]
    private partial void LogFailed(Guid exportId, int attempt, string errorCode, string exceptionType, string? traceId, string reason);
}
