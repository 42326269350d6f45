namespace ResumeExport.Application.Exports.CheckFailureAlerts;

/// <summary>Keys of an <c>export_failure_alert</c>'s metadata; operators query them, so keep them stable.</summary>
public static class FailureAlertMetadata
{
    public const string WindowMinutes = "windowMinutes";
    public const string Finished = "finished";
    public const string Failed = "failed";
    public const string Ratio = "ratio";
    public const string Threshold = "threshold";
}
