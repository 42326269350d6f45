using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Exports.RenderExport;

/// <summary>The failure records operators search: export id, attempt, code, exception type, trace id.</summary>
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

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning,
        Message = "Export {ExportId} attempt {Attempt} failed with {ErrorCode} ({ExceptionType}, trace {TraceId}); it will be retried: {Reason}")]
    private partial void LogAttemptFailed(Guid exportId, int attempt, string errorCode, string exceptionType, string? traceId, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error,
        Message = "Export {ExportId} failed for good on attempt {Attempt} with {ErrorCode} ({ExceptionType}, trace {TraceId}): {Reason}")]
    private partial void LogFailed(Guid exportId, int attempt, string errorCode, string exceptionType, string? traceId, string reason);
}
