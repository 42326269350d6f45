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
    MemorySampler.Peak EmailWorker);
