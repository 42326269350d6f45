namespace ResumeExport.Application.Exports.RenderExport;

public enum RenderExportOutcome
{
    Completed,
    Failed,

    /// <summary>Nothing to do: the export was already completed or expired (a redelivered message), or no longer exists.</summary>
    Skipped,
}
