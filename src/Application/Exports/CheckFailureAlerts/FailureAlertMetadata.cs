namespace ResumeExport.Application.Exports.CheckFailureAlerts;

/// <summary>The metadata keys of an <c>export_failure_alert</c> SystemLog entry (operators query them; keep them stable).</summary>
public static class FailureAlertMetadata
{
    public const string WindowMinutes = "windowMinutes";
    public const string Finished = "finished";
    public const string Failed = "failed";
    public const string Ratio = "ratio";
    public const string Threshold = "threshold";
}
