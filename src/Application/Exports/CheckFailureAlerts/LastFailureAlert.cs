namespace ResumeExport.Application.Exports.CheckFailureAlerts;

/// <summary>The newest export failure alert: when it was raised and the figures it was raised on.</summary>
public sealed record LastFailureAlert(DateTimeOffset At, double WindowMinutes, int Finished, int Failed, double Ratio, double Threshold);
