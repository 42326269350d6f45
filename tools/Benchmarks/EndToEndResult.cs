namespace ResumeExport.Benchmarks;

/// <param name="Count">Exports measured (after the warm-up).</param>
/// <param name="ServerSpanSeconds">First <c>requestedAt</c> to last <c>completedAt</c>, both stamped by the stack on this machine.</param>
/// <param name="ClientWallSeconds">First POST sent to the poll that saw every export finished (includes up to one poll interval).</param>
/// <param name="Latency">Per export, <c>requestedAt</c> → <c>completedAt</c>.</param>
/// <param name="Post">Per POST, as the HTTP client saw it.</param>
/// <param name="Failed">Exports that ended <c>failed</c> (any makes the run invalid).</param>
/// <param name="ApiCpu">API CPU over the whole window: POSTs, relaying to RabbitMQ, the benchmark's status polls.</param>
/// <param name="ApiCpuForPosts">API CPU from the first POST to the last POST's answer (the relay is publishing meanwhile).</param>
/// <param name="ChromiumCpu">CPU of the worker's Chromium processes over the measured window.</param>
/// <param name="Load">Machine CPU use and load average over the measured window.</param>
internal sealed record EndToEndResult(
    int Count, double ServerSpanSeconds, double ClientWallSeconds, LatencyStats Latency, LatencyStats Post, int Failed, string Load,
    TimeSpan ApiCpu, TimeSpan ApiCpuForPosts, TimeSpan WorkerCpu, TimeSpan ChromiumCpu)
{
    public double PerSecond => Count / ServerSpanSeconds;

    /// <summary>The exports' ids, in the order they were requested.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];
}
