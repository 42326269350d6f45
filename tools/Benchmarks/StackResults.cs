namespace ResumeExport.Benchmarks;

internal sealed record StackResults(
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
