using System.Diagnostics;
using Mediator;
using ResumeExport.Application.Common.Diagnostics;

namespace ResumeExport.Application.Common.Behaviours;

/// <summary>One span per use case, so a trace shows which use case an HTTP request or a message ran.</summary>
public sealed class TracingBehaviour<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var activity = ResumeExportTelemetry.Source.StartActivity($"use-case {typeof(TMessage).Name}");
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }
}
