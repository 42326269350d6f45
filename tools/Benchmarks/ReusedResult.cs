namespace ResumeExport.Benchmarks;

/// <param name="Run">The exports, measured as end-to-end measures fresh ones.</param>
/// <param name="ReusedCount">How many of them the stack recorded as reusing a stored file (<c>reused_from_export_id</c>).</param>
internal sealed record ReusedResult(EndToEndResult Run, int ReusedCount)
{
    public int Count => Run.Count;

    public LatencyStats Latency => Run.Latency;

    public int Failed => Run.Failed;
}
