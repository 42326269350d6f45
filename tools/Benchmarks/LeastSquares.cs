namespace ResumeExport.Benchmarks;

/// <summary>
/// A straight line fitted to samples by ordinary least squares, with the slope's standard error: a slope within about
/// two standard errors of zero is indistinguishable from noise. Samples of memory are autocorrelated (a GC cycle spans
/// several), so the true uncertainty is larger than this error; a slope called growth here is worth a longer run.
/// </summary>
internal sealed record LeastSquares(double Slope, double SlopeError, double Intercept, int Count)
{
    public static LeastSquares Fit(IReadOnlyList<(double X, double Y)> points)
    {
        var n = points.Count;
        if (n < 3)
        {
            return new LeastSquares(0, double.PositiveInfinity, n > 0 ? points.Average(p => p.Y) : 0, n);
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (sxx == 0)
        {
            return new LeastSquares(0, double.PositiveInfinity, meanY, n);
        }

        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        var intercept = meanY - (slope * meanX);
        var residuals = points.Sum(p => Math.Pow(p.Y - (intercept + (slope * p.X)), 2));
        return new LeastSquares(slope, Math.Sqrt(residuals / (n - 2) / sxx), intercept, n);
    }

    /// <summary>True when the slope is not above zero by more than two standard errors.</summary>
    public bool WithinNoise => Slope <= 2 * SlopeError;
}
