namespace ResumeExport.Application.Emails.Common;

public enum EmailJobOutcome
{
    Sent,

    /// <summary>Failed for good (a permanent error); transient failures throw instead, for the queue to retry.</summary>
    Failed,

    /// <summary>Nothing to do: the job was already sent or failed (a redelivered message), or no longer exists.</summary>
    Skipped,
}
