using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace ResumeExport.Application.Common.Behaviours;

/// <summary>Never logs the request body: it may hold passwords or personal data.</summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            LogFailed(typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {UseCase} in {ElapsedMs:F1} ms")]
    private partial void LogHandled(string useCase, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{UseCase} failed after {ElapsedMs:F1} ms with {ExceptionType}")]
    private partial void LogFailed(string useCase, double elapsedMs, string exceptionType);
}
