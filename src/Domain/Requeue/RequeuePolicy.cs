using ResumeExport.Domain.Common;

namespace ResumeExport.Domain.Requeue;

/// <summary>
/// The one rule for requeueing a failed export or e-mail by hand: only from failed, only when a retry can help, at most
/// <c>maxRetries</c> times. Checked in that order, so the answer names the first reason that applies.
/// </summary>
public static class RequeuePolicy
{
    public static RequeueDecision Decide(bool failed, string? errorCode, int retries, int maxRetries)
    {
        if (!failed)
        {
            return RequeueDecision.NotFailed;
        }

        if (!RetryableFailures.IsRetryable(errorCode))
        {
            return RequeueDecision.NotRetryable;
        }

        return retries >= maxRetries ? RequeueDecision.RetryCapReached : RequeueDecision.Allowed;
    }
}
