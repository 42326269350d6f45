using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Phase 8 of <c>exports</c> (issue 26 item 5): the end-to-end phase with one PDF worker, then again after a second
/// worker (an OS process of its own, as the reliability suite runs its replicas) joined the same queue, on a stack of
/// its own. Prints both rates, their ratio, and CPU per export of every component (API, PDF workers, their Chromium,
/// PostgreSQL, RabbitMQ), from which docs/performance.md reads what N machines would do and what limits them next.
/// </summary>
internal static class ScaleOutBenchmark
{
    public static async Task<string> RunAsync(BenchStack stack, int count, int clients, int warmUp, CancellationToken cancellationToken)
    {
        await stack.LiftPlanLimitsAsync(cancellationToken);
        var owner = stack.Users[0];
        var options = new StackBenchmarkOptions(count, clients, warmUp, TimeSpan.Zero, 0, 1, TimeSpan.Zero, TimeSpan.Zero);

        await WarmUpAsync(stack, owner, warmUp, cancellationToken);
        var one = await MeasureAsync(stack, owner, options, cancellationToken);
        await stack.AddPdfWorkerAsync(cancellationToken);

        // The new worker compiles its code on its first exports (workers run without tiered compilation, decision 17).
        await WarmUpAsync(stack, owner, warmUp, cancellationToken);
        var two = await MeasureAsync(stack, owner, options, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"""
            8 scale-out, 1 PDF worker:  {one}
            8 scale-out, 2 PDF workers: {two}
            8 scale-out: 2 workers / 1 worker = {two.PerSecond / one.PerSecond:0.00}x end-to-end ({count} exports, {clients} clients, after {warmUp} warm-up exports each time; {SystemLoad.Cores} cores)
            """);
    }

    private static async Task WarmUpAsync(BenchStack stack, BenchUser owner, int warmUp, CancellationToken cancellationToken)
    {
        await stack.AddUnexportedResumesAsync(owner, warmUp, cancellationToken);
        var ids = new List<string>();
        for (var i = 0; i < warmUp; i++)
        {
            ids.Add(await stack.RequestExportAsync(owner, cancellationToken));
        }

        await stack.WaitFinishedAsync(owner, ids, TimeSpan.FromSeconds(Math.Max(120, warmUp * 5)), StackBenchmark.PollInterval, cancellationToken);
    }

    private static async Task<Figures> MeasureAsync(BenchStack stack, BenchUser owner, StackBenchmarkOptions options, CancellationToken cancellationToken)
    {
        await stack.AddUnexportedResumesAsync(owner, options.Count, cancellationToken);
        var workers = stack.PdfWorkers;
        var workerCpu = Sum(workers.Select(w => w.CpuTime));
        var chromiumCpu = Sum(workers.Select(w => ChildProcessCpu.Of(w.Id)));
        var postgres = ServiceCpu.Of("postgres");
        var rabbit = ServiceCpu.Of("beam.smp");
        var run = await StackBenchmark.EndToEndAsync(stack, owner, options, cancellationToken);
        return new Figures(
            workers.Count, run,
            run.ApiCpu / run.Count,
            (Sum(workers.Select(w => w.CpuTime)) - workerCpu) / run.Count,
            (Sum(workers.Select(w => ChildProcessCpu.Of(w.Id))) - chromiumCpu) / run.Count,
            (ServiceCpu.Of("postgres") - postgres) / run.Count,
            (ServiceCpu.Of("beam.smp") - rabbit) / run.Count);
    }

    private static TimeSpan Sum(IEnumerable<TimeSpan> times) => times.Aggregate(TimeSpan.Zero, (a, b) => a + b);

    private sealed record Figures(int Workers, EndToEndResult Run, TimeSpan Api, TimeSpan PdfWorkers, TimeSpan Chromium, TimeSpan Postgres, TimeSpan RabbitMq)
    {
        public double PerSecond => Run.PerSecond;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Run.PerSecond:0.00} exports/s, p50 {Run.Latency.Median:0} ms, p95 {Run.Latency.P95:0} ms, failed {Run.Failed}; CPU per export: api {Api.TotalMilliseconds:0} ms, PDF worker(s) .NET {PdfWorkers.TotalMilliseconds:0} ms, Chromium {Chromium.TotalMilliseconds:0} ms, postgres {Postgres.TotalMilliseconds:0} ms, rabbitmq {RabbitMq.TotalMilliseconds:0} ms (shared services: upper bounds); {Run.Load}");
    }
}
