namespace ResumeExport.Application.Requeue;

/// <summary>The <c>code</c> of a 409 on the requeue endpoints; clients switch on these.</summary>
public static class RequeueConflictCodes
{
    /// <summary>The item failed in a way a retry cannot cure (its <c>retryable</c> is false, e.g. <c>upload_limit_exceeded</c>).</summary>
    public const string NotRetryable = "failure_not_retryable";
}
