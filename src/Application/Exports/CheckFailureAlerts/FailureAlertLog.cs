using Microsoft.Extensions.Logging;

namespace ResumeExport.Application.Exports.CheckFailureAlerts;

internal static partial class FailureAlertLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Error,
        Message = "Export failure alert: {Failed} of {Finished} exports failed in the last {WindowMinutes} minutes (ratio {Ratio:F3}, threshold {Threshold:F3})")]
    public static partial void Fired(ILogger logger, int failed, int finished, double windowMinutes, double ratio, double threshold);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information,
        Message = "Export failure threshold crossed ({Failed} of {Finished} failed, ratio {Ratio:F3}) but an alert was raised less than {CooldownMinutes} minutes ago")]
    public static partial void Suppressed(ILogger logger, int failed, int finished, double ratio, double cooldownMinutes);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Debug,
        Message = "Export failure check: {Failed} of {Finished} exports failed in the window (ratio {Ratio:F3}); no alert")]
    public static partial void Quiet(ILogger logger, int failed, int finished, double ratio);
}
