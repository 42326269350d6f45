namespace ResumeExport.Domain.Exports;

/// <summary>
/// Alert when at least <paramref name="MinEvents"/> finished in <paramref name="Window"/> and <paramref name="FailureRatio"/>
/// failed; then none for <paramref name="Cooldown"/> (docs/api.md#failure-alerts).
/// </summary>
public sealed record FailureAlertThresholds(TimeSpan Window, int MinEvents, double FailureRatio, TimeSpan Cooldown);
