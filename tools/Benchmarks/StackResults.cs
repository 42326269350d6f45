namespace ResumeExport.Benchmarks;

/// <param name="ColdStart">What the warm-up (the first exports after start, JIT included) cost.</param>
internal sealed record StackResults(
    string ColdStart,
    EndToEndResult EndToEnd,
    SteadyResult Steady,
    string Mail,
    HttpLoadResult GetResume,
    HttpLoadResult GetExport,
    HttpLoadResult Enqueue,
    OutboxLagResult OutboxLag,
    MemorySampler.Peak Api,
    MemorySampler.Peak PdfWorker,
    MemorySampler.Peak EmailWorker)
{
    /// <summary>End-to-end of the same resume in each format that needs no browser, by format.</summary>
    public IReadOnlyDictionary<string, EndToEndResult> Documents { get; init; } = new Dictionary<string, EndToEndResult>();

    /// <summary>End-to-end of one unchanged, already rendered version: every export should take the stored file.</summary>
    public required ReusedResult Reused { get; init; }

    /// <summary>POST → completion seen by a client over SSE against polling once per second, and the ratio (<see cref="StatusWaitBenchmark"/>).</summary>
    public string StatusWait { get; init; } = string.Empty;
}
