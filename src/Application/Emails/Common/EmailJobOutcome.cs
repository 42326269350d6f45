namespace ResumeExport.Application.Emails.Common;

public enum EmailJobOutcome
{
    Sent,

    /// <summary>Failed for good (a permanent error); transient failures throw instead, for the queue to retry.</summary>
    Failed,

    /// <summary>Already sent or failed (a redelivery), or gone.</summary>
    Skipped,

    /// <summary>Out of quick retries with a transient failure: still queued, with a redelivery due later (decision 36).</summary>
    Waiting,
}
