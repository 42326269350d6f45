namespace ResumeExport.Application.Exports.CheckFailureAlerts;

/// <summary><paramref name="Fired"/> is false when the threshold was crossed within an earlier alert's cooldown.</summary>
public sealed record FailureAlertCheckResult(bool Fired, bool ThresholdCrossed, int Finished, int Failed, double Ratio);
