namespace ResumeExport.Adapters.Scheduling;

/// <summary>Each job runs in one kind of host, in every replica of it.</summary>
[Flags]
public enum ScheduledJobs
{
    None = 0,

    /// <summary>Expired exports and failed rows past retention (the PDF worker, which owns the files).</summary>
    ExportCleanup = 1,

    /// <summary>The export failure-ratio alert (the PDF worker).</summary>
    ExportFailureAlerts = 2,

    /// <summary>Plan changes that fall due (the API, which bills).</summary>
    DuePlanChanges = 4,

    /// <summary>Resume versions past the plan's <c>maxVersionsKept</c> (the API, which writes them).</summary>
    ResumeVersionPruning = 8,

    /// <summary>Due redeliveries into the outbox (the API and the PDF worker; any replica may run it, decision 36).</summary>
    Redeliveries = 16,

    /// <summary>Refresh tokens of sessions that ended (the API, which issues them).</summary>
    SessionPurge = 32,
}
