namespace ResumeExport.Application.Exports.CheckFailureAlerts;

/// <summary>
/// One failure-alert check: the window's figures, whether they crossed the threshold and whether an alert was written
/// (<paramref name="Fired"/> is false when the threshold was crossed within the cooldown of an earlier alert).
/// </summary>
public sealed record FailureAlertCheckResult(bool Fired, bool ThresholdCrossed, int Finished, int Failed, double Ratio);
