using MassTransit;

namespace ResumeExport.Adapters.Messaging;

public static class ConsumeContextRetryExtensions
{
    /// <summary>True on the last retry, so use cases fail their item then instead of waiting for a retry that will not come.</summary>
    public static bool IsLastAttempt(this ConsumeContext context, MessageRetryOptions retry) =>
        context.GetRetryAttempt() >= retry.RetryLimit;
}
