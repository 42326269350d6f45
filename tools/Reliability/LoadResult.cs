namespace ResumeExport.Reliability;

/// <summary>The load run's figures: requests by outcome, latency percentiles (nearest rank) and its exports' audit.</summary>
internal sealed record LoadResult(
    int Requests,
    TimeSpan Duration,
    int ServerErrors,
    int TooManyRequests,
    int OtherClientErrors,
    int NoAnswer,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    AuditResult Audit)
{
    /// <summary>No 5xx, every request answered, every export done once; and a load at all (no requests or no export proves nothing).</summary>
    public bool Passed => Requests > 0 && Audit.ExportsSent > 0 && ServerErrors == 0 && NoAnswer == 0 && Audit.Clean;

    public static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
