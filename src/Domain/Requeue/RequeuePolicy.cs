using ResumeExport.Domain.Common;

namespace ResumeExport.Domain.Requeue;

/// <summary>Manual requeue: only failed, retryable, under <c>maxRetries</c>; checked in order, so the first reason is named.</summary>
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
