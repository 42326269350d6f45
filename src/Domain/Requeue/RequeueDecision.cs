namespace ResumeExport.Domain.Requeue;

/// <summary>What <see cref="RequeuePolicy"/> says about putting a failed item back in the queue.</summary>
public enum RequeueDecision
{
    Allowed,

    /// <summary>Only a failed item can be requeued.</summary>
    NotFailed,

    /// <summary>The same input would fail the same way (see <see cref="Common.RetryableFailures"/>).</summary>
    NotRetryable,

    /// <summary>Requeued as often as allowed already.</summary>
    RetryCapReached,
}
