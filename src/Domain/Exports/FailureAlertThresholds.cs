namespace ResumeExport.Domain.Exports;

/// <summary>
/// When export failures raise an alert (docs/api.md#failure-alerts): over the last <paramref name="Window"/>, at least
/// <paramref name="MinEvents"/> exports finished and at least <paramref name="FailureRatio"/> of them failed;
/// then no second alert for <paramref name="Cooldown"/>.
/// </summary>
public sealed record FailureAlertThresholds(TimeSpan Window, int MinEvents, double FailureRatio, TimeSpan Cooldown);
