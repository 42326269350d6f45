namespace ResumeExport.Application.Exports.RenderExport;

public enum RenderExportOutcome
{
    Completed,

    /// <summary>Completed with an earlier export's file of the same render, without rendering (decision 35).</summary>
    Reused,
    Failed,

    /// <summary>Out of quick retries with a transient failure: queued again with a redelivery due later (decision 36).</summary>
    Waiting,

    /// <summary>Already completed or expired (a redelivery), gone, or being rendered by another delivery right now.</summary>
    Skipped,
}
