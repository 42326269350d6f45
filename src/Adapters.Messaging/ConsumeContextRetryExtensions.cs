using MassTransit;

namespace ResumeExport.Adapters.Messaging;

public static class ConsumeContextRetryExtensions
{
    /// <summary>
    /// True on the delivery after which the retry filter gives up (the RetryLimit-th retry): use cases fail their item for
    /// good on a transient error then, instead of leaving it for a retry that will not come.
    /// </summary>
    public static bool IsLastAttempt(this ConsumeContext context, MessageRetryOptions retry) =>
        context.GetRetryAttempt() >= retry.RetryLimit;
}
