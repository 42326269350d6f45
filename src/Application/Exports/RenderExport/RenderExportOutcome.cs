namespace ResumeExport.Application.Exports.RenderExport;

public enum RenderExportOutcome
{
    Completed,
    Failed,

    /// <summary>Already completed or expired (a redelivery), or gone.</summary>
    Skipped,
}
