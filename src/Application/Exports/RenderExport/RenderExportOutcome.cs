namespace ResumeExport.Application.Exports.RenderExport;

public enum RenderExportOutcome
{
    Completed,

    /// <summary>Completed with an earlier export's file of the same render, without rendering (decision 35).</summary>
    Reused,
    Failed,

    /// <summary>Already completed or expired (a redelivery), or gone.</summary>
    Skipped,
}
