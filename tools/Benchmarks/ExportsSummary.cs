using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <summary>The end of <c>exports</c>: every phase, the ratios, each target of issue 11 met or missed (and by how much), and the one-line summary.</summary>
internal sealed class ExportsSummary(DateTimeOffset started, PrinterResults printers, StackResults? stack, int clients)
{
    private readonly List<(string Name, bool Met, string Detail)> targets = Targets(printers, stack);

    public bool AllTargetsMet => stack is not null && targets.TrueForAll(t => t.Met);

    public void Print()
    {
        var c = CultureInfo.InvariantCulture;
        var (ceiling, peer, ours) = (printers.Ceiling.Run, printers.Peer.Run, printers.Ours.Run);
        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"== exports benchmark summary ({started:yyyy-MM-dd HH:mm} UTC, {SystemLoad.Cores} cores) =="));
        if (ProcessTrace.Directory is not null)
        {
            Console.WriteLine("TRACED RUN (BENCH_TRACE_DIR): the stack's figures include the cost of tracing; do not report them.");
        }

        Console.WriteLine(string.Create(c,
            $"document: 1 classic resume, A4, {printers.Document.Pages} page(s), {printers.Document.Bytes:N0} bytes ({printers.OurDocument.Bytes:N0} from our renderer); {printers.BrowserVersion}; concurrency {printers.Concurrency} everywhere"));
        Console.WriteLine(string.Create(c, $"1 ceiling (PuppeteerSharp, warm pages, round {printers.Ceiling.Round} of 2): {Printer(printers.Ceiling)}"));
        Console.WriteLine(string.Create(c, $"2 peer ({printers.PeerLibrary}, warm pages, round {printers.Peer.Round} of 2): {Printer(printers.Peer)}"));
        Console.WriteLine(string.Create(c, $"3 ours, render+store (local): {Printer(printers.Ours)}"));
        foreach (var (format, phase) in printers.Documents)
        {
            Console.WriteLine(string.Create(c,
                $"3d ours, {format} write+store (local, {printers.DocumentBytes.GetValueOrDefault(format):N0} bytes): {Printer(phase)}; {phase.Run.PerSecond / ours.PerSecond:0.0}x the PDF rate"));
        }

        Console.WriteLine(string.Create(c, $"3p preview drawn from our PDF by mutool (round {printers.Preview.Drawing.Round} of 2, the costlier): {Printer(printers.Preview.Drawing)}"));
        Console.WriteLine(string.Create(c, $"preview: {printers.Preview}"));
        if (stack is { } s)
        {
            var e = s.EndToEnd;
            Console.WriteLine($"  {s.ColdStart}");
            Console.WriteLine(string.Create(c,
                $"4 end-to-end (POST -> completed): {e.Count} exports in {e.ServerSpanSeconds:0.00} s = {e.PerSecond:0.00} exports/s; latency p50 {e.Latency.Median:0} ms, p95 {e.Latency.P95:0} ms, max {e.Latency.Max:0} ms; client wall {e.ClientWallSeconds:0.00} s; POST p50 {e.Post.Median:0} ms, p95 {e.Post.P95:0} ms; {clients} clients; failed {e.Failed}"));
            Console.WriteLine(string.Create(c,
                $"  end-to-end resources: {e.Load}; CPU per export: api {PerItem(e.ApiCpu, e.Count)} ms ({PerItem(e.ApiCpuForPosts, e.Count)} ms until the last POST answered), workers-pdf .NET {PerItem(e.WorkerCpu, e.Count)} ms, its Chromium {PerItem(e.ChromiumCpu, e.Count)} ms (PostgreSQL, RabbitMQ not counted)"));
            foreach (var (format, d) in s.Documents)
            {
                Console.WriteLine(string.Create(c,
                    $"4d end-to-end {format} (POST -> completed): {d.Count} documents in {d.ServerSpanSeconds:0.00} s = {d.PerSecond:0.00} documents/s ({d.PerSecond / e.PerSecond:0.0}x the PDF rate); latency p50 {d.Latency.Median:0} ms, p95 {d.Latency.P95:0} ms; failed {d.Failed}; CPU per document: api {PerItem(d.ApiCpu, d.Count)} ms, workers-pdf .NET {PerItem(d.WorkerCpu, d.Count)} ms, its Chromium {PerItem(d.ChromiumCpu, d.Count)} ms"));
            }

            var r = s.Reused.Run;
            Console.WriteLine(string.Create(c,
                $"4r reused (one rendered version exported again, decision 35): {r.Count} exports, {s.Reused.ReusedCount} took the stored file; latency p50 {r.Latency.Median:0} ms, p95 {r.Latency.P95:0} ms ({r.Latency.Median / e.Latency.Median:0.00}x a fresh render's p50); {r.PerSecond:0.00} exports/s; failed {r.Failed}; CPU per export: api {PerItem(r.ApiCpu, r.Count)} ms, workers-pdf .NET {PerItem(r.WorkerCpu, r.Count)} ms, its Chromium {PerItem(r.ChromiumCpu, r.Count)} ms (fresh: {PerItem(e.WorkerCpu, e.Count)} ms and {PerItem(e.ChromiumCpu, e.Count)} ms)"));
            Console.WriteLine($"5 {s.Steady}");
            Console.WriteLine($"6 {s.Mail}");
            foreach (var line in s.StatusWait.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Console.WriteLine($"6s {line.TrimEnd()}");
            }

            Console.WriteLine($"7 {s.GetResume}");
            Console.WriteLine($"7 {s.GetExport}");
            Console.WriteLine($"7 {s.Enqueue}");
            Console.WriteLine($"7 {s.OutboxLag}");
            Console.WriteLine($"memory (peak): api {s.Api.Describe(withChildren: false)}; workers-pdf {s.PdfWorker.Describe(withChildren: true)}; workers-email {s.EmailWorker.Describe(withChildren: false)}");
        }

        Console.WriteLine(string.Create(c,
            $"ratios: render+store / ceiling = {ours.PerSecond / ceiling.PerSecond:0.00}; end-to-end / ceiling = {(stack is null ? "-" : (stack.EndToEnd.PerSecond / ceiling.PerSecond).ToString("0.00", c))}; ours / peer = {ours.PerSecond / peer.PerSecond:0.00}; peer / ceiling = {peer.PerSecond / ceiling.PerSecond:0.00}"));
        foreach (var (name, met, detail) in targets)
        {
            Console.WriteLine($"target {(met ? "met   " : "MISSED")} {name}: {detail}");
        }

        var endToEnd = stack is null ? "end-to-end -" : string.Create(c, $"end-to-end {stack.EndToEnd.PerSecond:0.00}/s (p95 {stack.EndToEnd.Latency.P95:0} ms)");
        var e2eRatio = stack is null ? "-" : (stack.EndToEnd.PerSecond / ceiling.PerSecond).ToString("0.00", c);
        Console.WriteLine(string.Create(c,
            $"exports: raw {ceiling.PerSecond:0.00} pages/s ({ceiling.Latency.Median:0} ms/page, warm-page ceiling) | render+store {ours.PerSecond:0.00}/s{Documents()} | preview +{PreviewCost.AddedToRenderMs:0} ms per render, first view {printers.Preview.DrawingMs:0} ms (CPU {printers.Preview.CpuShare:P0} of a print) | {endToEnd} | peer {peer.PerSecond:0.00}/s | render+store/ceiling {ours.PerSecond / ceiling.PerSecond:0.00}, end-to-end/ceiling {e2eRatio}, ours/peer {ours.PerSecond / peer.PerSecond:0.00} | targets {targets.Count(t => t.Met)}/{targets.Count} {(AllTargetsMet ? "PASS" : stack is null ? "(printers only)" : "FAIL")} | load avg {SystemLoad.LoadAverage()}"));
    }

    private static List<(string, bool, string)> Targets(PrinterResults printers, StackResults? stack)
    {
        var c = CultureInfo.InvariantCulture;
        var (ceiling, peer, ours) = (printers.Ceiling.Run.PerSecond, printers.Peer.Run.PerSecond, printers.Ours.Run.PerSecond);
        var list = new List<(string, bool, string)>
        {
            ("render+store >= 0.9x ceiling", ours >= 0.9 * ceiling, string.Create(c, $"{ours / ceiling:0.00}x ({ours:0.00} vs {ceiling:0.00}/s)")),
            ("render+store >= Node peer", ours >= peer, string.Create(c, $"{ours / peer:0.00}x ({ours:0.00} vs {peer:0.00}/s)")),
            ("preview <= 20 % of a render", PreviewCost.WithinBound,
                string.Create(c, $"+{PreviewCost.AddedToRenderMs:0} ms: drawn on first view, off the render path; that view costs {printers.Preview.DrawingMs:0} ms = {printers.Preview.Share:P0} of a print (CPU {printers.Preview.CpuShare:P0})")),
        };
        foreach (var (format, phase) in printers.Documents)
        {
            var rate = phase.Run.PerSecond;
            list.Add(($"{format} write+store >= 5x the PDF render+store rate", rate >= 5 * ours,
                string.Create(c, $"{rate / ours:0.0}x ({rate:0.00} vs {ours:0.00}/s; CPU per document .NET {phase.DotNetCpuPerItem.TotalMilliseconds:0.0} ms vs per PDF {printers.Ours.DotNetCpuPerItem.TotalMilliseconds + printers.Ours.ChildCpuPerItem.TotalMilliseconds:0} ms with Chromium)")));
        }

        if (stack is null)
        {
            return list;
        }

        var e2e = stack.EndToEnd.PerSecond;
        list.Add(("end-to-end >= 0.6x ceiling, none failed", e2e >= 0.6 * ceiling && stack.EndToEnd.Failed == 0,
            string.Create(c, $"{e2e / ceiling:0.00}x ({e2e:0.00} vs {ceiling:0.00}/s), {stack.EndToEnd.Failed} failed")));
        var apiCpu = stack.EndToEnd.ApiCpu.TotalMilliseconds / stack.EndToEnd.Count;
        var workerCpu = stack.EndToEnd.WorkerCpu.TotalMilliseconds / stack.EndToEnd.Count;
        list.Add(("end-to-end .NET CPU per export, API + PDF worker (no Chromium, PostgreSQL, RabbitMQ) <= 15 ms", apiCpu + workerCpu <= 15,
            string.Create(c, $"{apiCpu + workerCpu:0} ms (API {apiCpu:0}, PDF worker {workerCpu:0})")));
        foreach (var (format, d) in stack.Documents)
        {
            list.Add(($"{format} end-to-end >= 5x the PDF end-to-end rate, none failed", d.PerSecond >= 5 * e2e && d.Failed == 0,
                string.Create(c, $"{d.PerSecond / e2e:0.0}x ({d.PerSecond:0.00} vs {e2e:0.00}/s), {d.Failed} failed")));
        }

        var reused = stack.Reused;
        list.Add(("every export of an already rendered version takes the stored file, none failed", reused.ReusedCount == reused.Count && reused.Failed == 0,
            string.Create(c, $"{reused.ReusedCount} of {reused.Count} reused, {reused.Failed} failed")));
        list.Add(("steady rate at half the end-to-end maximum: p95 POST -> completed <= 1 s", stack.Steady.Latency.P95 <= 1000 && stack.Steady.Failed == 0,
            string.Create(c, $"p95 {stack.Steady.Latency.P95:0} ms at {stack.Steady.OfferedRate:0.00}/s")));
        list.Add(("GET /api/resumes/{id} >= 4000 req/s with p99 <= 25 ms", stack.GetResume.PerSecond >= 4000 && stack.GetResume.Latency.P99 <= 25 && stack.GetResume.Errors == 0,
            string.Create(c, $"{stack.GetResume.PerSecond:0} req/s, p99 {stack.GetResume.Latency.P99:0.0} ms, errors {stack.GetResume.Errors}")));
        list.Add(("enqueue >= 500 req/s with outbox lag p99 < 1 s", stack.Enqueue.PerSecond >= 500 && stack.OutboxLag.P99Ms < 1000 && stack.Enqueue.Errors == 0 && stack.OutboxLag.Sent == stack.OutboxLag.Rows,
            string.Create(c, $"{stack.Enqueue.PerSecond:0} req/s, lag p99 {stack.OutboxLag.P99Ms:0} ms, errors {stack.Enqueue.Errors}")));
        list.Add(("peak RSS api <= 300 MB", stack.Api.OwnRssMB <= 300, string.Create(c, $"{stack.Api.OwnRssMB:0} MB")));
        list.Add(("peak workers-pdf <= 700 MB with Chromium (PSS; RSS summed shown too)", stack.PdfWorker.TreePssMB <= 700,
            string.Create(c, $"{stack.PdfWorker.TreePssMB:0} MB PSS, {stack.PdfWorker.TreeRssMB:0} MB RSS summed ({stack.PdfWorker.OwnRssMB:0} MB of it .NET)")));
        list.Add(("peak RSS workers-email <= 200 MB", stack.EmailWorker.OwnRssMB <= 200, string.Create(c, $"{stack.EmailWorker.OwnRssMB:0} MB")));
        return list;
    }

    private string Documents() => string.Concat(printers.Documents.Select(d =>
        string.Create(CultureInfo.InvariantCulture, $", {d.Key} {d.Value.Run.PerSecond:0}/s")));

    private static string Printer(PhaseResult phase) => string.Create(CultureInfo.InvariantCulture,
        $"{phase.Run.PerSecond:0.00}/s, {phase.Run.Latency.Median:0} ms median, {phase.Run.Latency.P95:0} ms p95 (n={phase.Run.Count}; {phase.Load}; CPU per item .NET {phase.DotNetCpuPerItem.TotalMilliseconds:0} ms, children {phase.ChildCpuPerItem.TotalMilliseconds:0} ms{(phase.Note is null ? string.Empty : $", {phase.Note}")})");

    private static string PerItem(TimeSpan cpu, int count) => (cpu.TotalMilliseconds / count).ToString("0", CultureInfo.InvariantCulture);
}
