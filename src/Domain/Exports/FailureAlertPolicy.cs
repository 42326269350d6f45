namespace ResumeExport.Domain.Exports;

/// <summary>The failure-alert rule (docs/api.md#failure-alerts) as pure functions.</summary>
public static class FailureAlertPolicy
{
    /// <summary>
    /// Due at <see cref="FailureAlertThresholds.MinEvents"/> finished exports and a ratio reaching
    /// <see cref="FailureAlertThresholds.FailureRatio"/>.
    /// </summary>
    public static FailureAlertDecision Evaluate(int finished, int failed, FailureAlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentOutOfRangeException.ThrowIfNegative(finished);
        ArgumentOutOfRangeException.ThrowIfNegative(failed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(failed, finished);

        var ratio = finished == 0 ? 0d : (double)failed / finished;
        var due = finished > 0 && finished >= thresholds.MinEvents && ratio >= thresholds.FailureRatio;
        return new FailureAlertDecision(finished, failed, ratio, due);
    }

    /// <summary>Figures count exports finished after this and at or before <paramref name="now"/>.</summary>
    public static DateTimeOffset WindowStart(DateTimeOffset now, FailureAlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return now - thresholds.Window;
    }

    /// <summary>False while the last alert is younger than the cooldown: at most one alert per cooldown.</summary>
    public static bool CooldownElapsed(DateTimeOffset? lastAlertAt, DateTimeOffset now, FailureAlertThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return lastAlertAt is null || now - lastAlertAt.Value >= thresholds.Cooldown;
    }
}
