using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <param name="Errors">Responses with another status than expected (a run with errors is reported as such).</param>
/// <param name="ServerCpu">CPU of the server process over the measured time.</param>
/// <param name="ClientCpu">CPU of this process (the load client) over the measured time.</param>
internal sealed record HttpLoadResult(
    string Name, int Connections, double Seconds, LatencyStats Latency, int Errors, string? FirstError, string Load, TimeSpan ServerCpu, TimeSpan ClientCpu)
{
    public double PerSecond => Latency.Count / Seconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: {PerSecond:0} req/s at {Connections} connections, p50 {Latency.Median:0.0} ms, p99 {Latency.P99:0.0} ms, max {Latency.Max:0} ms "
        + $"(n={Latency.Count} in {Seconds:0} s, errors {Errors}{(FirstError is null ? string.Empty : $", first: {FirstError}")}); "
        + $"CPU per request: server {ServerCpu.TotalMilliseconds * 1000 / Latency.Count:0} µs, client {ClientCpu.TotalMilliseconds * 1000 / Latency.Count:0} µs; {Load}");
}
