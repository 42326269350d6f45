using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Phases 3–6 of <c>exports</c>, against <see cref="BenchStack"/>:
/// 3. end-to-end: N exports POSTed by C clients as fast as they go, until every one is completed (requestedAt → completedAt);
///    then 5 × N of each format that needs no browser (DOCX, Markdown, text), each by a user of its own after a short warm-up;
/// 4. steady rate: exports POSTed at half the end-to-end maximum, open loop, latency p95;
/// 5. e-mail: one bulk apply whose applications wait for a new PDF and then go out through the e-mail worker;
/// 5s. status wait: POST → completion seen by the client over SSE against polling once per second (<see cref="StatusWaitBenchmark"/>);
///    then both workers stop (their peak memory is taken first);
/// 6. API load: GET a resume, GET an export, POST an export, each at L connections for a fixed time, and the outbox lag
///    (row created → published, from the rows' own created_at/sent_at) of the POST run;
/// 6p (printed 7p). prepared statements (decision 42): both GET loads again on an API restarted without them, with them, and without.
/// </summary>
internal static class StackBenchmark
{
    internal static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("BENCH_POLL_MS"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0 ? ms : 1000);

    public static async Task<StackResults> RunAsync(BenchStack stack, StackBenchmarkOptions options, CancellationToken cancellationToken)
    {
        // The warm-up is the cold start: just-started processes compile their code (JIT) while they export. Measured
        // separately, so the phases after it show what the stack sustains.
        var owner = stack.Users[0];
        await stack.AddUnexportedResumesAsync(owner, options.WarmUp + options.Count, cancellationToken);
        var warmUp = new List<string>();
        var cold = Stopwatch.StartNew();
        var workerCpu = stack.PdfWorker.CpuTime;
        for (var i = 0; i < options.WarmUp; i++)
        {
            warmUp.Add(await stack.RequestExportAsync(owner, cancellationToken));
        }

        await stack.WaitFinishedAsync(owner, warmUp, TimeSpan.FromSeconds(Math.Max(120, options.WarmUp * 5)), PollInterval, cancellationToken);
        var coldStart = string.Create(CultureInfo.InvariantCulture,
            $"cold start: the first {options.WarmUp} exports after start took {cold.Elapsed.TotalSeconds:0.0} s (client wall, polled every {PollInterval.TotalMilliseconds:0} ms), workers-pdf .NET {(stack.PdfWorker.CpuTime - workerCpu).TotalMilliseconds / options.WarmUp:0} ms CPU per export");
        Console.WriteLine($"stack: {coldStart}");

        var workerTrace = ProcessTrace.Start(stack.PdfWorker.Id, "workers-pdf-end-to-end", TimeSpan.FromSeconds(8));
        var endToEnd = await EndToEndAsync(stack, owner, options, cancellationToken);
        await (workerTrace?.ReportAsync(cancellationToken) ?? Task.CompletedTask);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"3 end-to-end: {endToEnd.PerSecond:0.00} exports/s, p95 {endToEnd.Latency.P95:0} ms, failed {endToEnd.Failed}"));
        var documents = new Dictionary<string, EndToEndResult>(StringComparer.Ordinal);
        foreach (var (format, index) in DocumentBenchmark.Formats.Select((f, i) => (f, i)))
        {
            // The last users, one per format, are beyond the load phase's connections: no phase eats another's daily
            // exports. Five times as many as PDFs, as each takes milliseconds; a short warm-up first, the endpoint is cold.
            var user = stack.Users[^(index + 1)];
            await stack.AddUnexportedResumesAsync(user, Math.Min(20, options.WarmUp) + options.Count * 5, cancellationToken);
            var warm = new List<string>();
            for (var i = 0; i < Math.Min(20, options.WarmUp); i++)
            {
                warm.Add(await stack.RequestExportAsync(user, cancellationToken, format));
            }

            await stack.WaitFinishedAsync(user, warm, TimeSpan.FromSeconds(120), PollInterval, cancellationToken);
            documents[format] = await EndToEndAsync(stack, user, options with { Count = options.Count * 5 }, cancellationToken, format);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"3d end-to-end {format}: {documents[format].PerSecond:0.00} documents/s, p95 {documents[format].Latency.P95:0} ms, failed {documents[format].Failed}"));
        }

        var reused = await ReusedAsync(stack, stack.Users[3], options, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"3r reused: {reused.Count} exports of one rendered version, p50 {reused.Latency.Median:0} ms, p95 {reused.Latency.P95:0} ms, failed {reused.Failed}"));
        var steady = await SteadyAsync(stack, stack.Users[1], endToEnd.PerSecond / 2, options, cancellationToken);
        Console.WriteLine($"4 {steady}");
        var mail = await BulkApplyAsync(stack, stack.Users[2], options.BulkRecipients, cancellationToken);
        Console.WriteLine($"5 {mail}");
        var statusWait = await StatusWaitBenchmark.RunAsync(stack, stack.Users[Math.Min(3, stack.Users.Count - 1)], options.Count / 2, options.Clients, cancellationToken);
        Console.WriteLine(string.Join(Environment.NewLine, statusWait.Split('\n').Select(l => $"5s {l.TrimEnd()}")));

        var pdfMemory = await stack.StopAsync("workers-pdf");
        var emailMemory = await stack.StopAsync("workers-email");

        var exportIds = endToEnd.Ids;
        var traced = options.LoadWarmUp + options.LoadDuration;
        var trace = ProcessTrace.Start(stack.Api.Id, "api-get-resume", traced);
        var getResume = await GetResumeLoadAsync(stack, options, () => stack.Api.CpuTime, cancellationToken);
        Console.WriteLine($"6 {getResume}");
        await (trace?.ReportAsync(cancellationToken) ?? Task.CompletedTask);
        trace = ProcessTrace.Start(stack.Api.Id, "api-get-export", traced);
        var getExport = await GetExportLoadAsync(stack, owner, exportIds, options, () => stack.Api.CpuTime, cancellationToken);
        Console.WriteLine($"6 {getExport}");
        await (trace?.ReportAsync(cancellationToken) ?? Task.CompletedTask);
        trace = ProcessTrace.Start(stack.Api.Id, "api-post-export", traced);

        var body = Encoding.UTF8.GetBytes("""{"format":"pdf"}""");
        var enqueueStarted = DateTimeOffset.UtcNow;
        var enqueue = await HttpLoad.RunAsync("POST /api/resumes/{id}/exports", stack.Http, options.LoadConnections, options.LoadWarmUp, options.LoadDuration,
            loop =>
            {
                var user = stack.Users[loop % stack.Users.Count];
                var content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
                return user.Request(HttpMethod.Post, $"/api/resumes/{user.ResumeId}/exports", content);
            },
            HttpStatusCode.Accepted, () => stack.Api.CpuTime, cancellationToken);
        Console.WriteLine($"6 {enqueue}");
        await (trace?.ReportAsync(cancellationToken) ?? Task.CompletedTask);
        var lag = await OutboxLag.MeasureAsync(stack.ConnectionString, enqueueStarted, TimeSpan.FromSeconds(120), cancellationToken);
        Console.WriteLine($"6 {lag}");

        // The peak of the API that ran every phase above; the comparison's restarted APIs run only its GET loads.
        var apiMemory = await stack.RestartApiAsync(Unprepared, cancellationToken);
        await PreparedStatementsAsync(stack, owner, exportIds, options, cancellationToken);
        return new StackResults(coldStart, endToEnd, steady, mail, getResume, getExport, enqueue, lag, apiMemory, pdfMemory, emailMemory)
        {
            Documents = documents,
            Reused = reused,
            StatusWait = statusWait,
        };
    }

    private static readonly Dictionary<string, string> Unprepared = new() { ["Database__MaxAutoPrepare"] = "0" };

    private static readonly TimeSpan RestartedWarmUp = TimeSpan.FromSeconds(25);

    /// <summary>
    /// Decision 42 judged within the run: both GET loads on an API restarted with statements unprepared
    /// (<c>Database:MaxAutoPrepare</c> 0), on one restarted as configured, then unprepared again, each run after the
    /// load's own warm-up. Server
    /// CPU here is the API's plus PostgreSQL's (the shared server: an upper bound), since what preparing saves is
    /// PostgreSQL's parsing and planning.
    /// </summary>
    private static async Task PreparedStatementsAsync(
        BenchStack stack, BenchUser owner, IReadOnlyList<string> exportIds, StackBenchmarkOptions options, CancellationToken cancellationToken)
    {
        // Unprepared, prepared, unprepared again: a machine that drifts during the comparison shows as two unprepared
        // runs that disagree, rather than as a gain or loss of the setting.
        var runs = new List<(string Label, HttpLoadResult Resume, HttpLoadResult Export)>();
        foreach (var (label, settings) in new (string Label, Dictionary<string, string>? Settings)[] { ("unprepared", null), ("prepared", new Dictionary<string, string>()), ("unprepared", Unprepared) })
        {
            if (settings is not null)
            {
                await stack.RestartApiAsync(settings, cancellationToken);
            }

            // A just-started API runs tier-0 code until its JIT has tiered up the hot path: the first load after each
            // restart gets a long warm-up, or the comparison would measure the JIT.
            TimeSpan ServerCpu() => stack.Api.CpuTime + ServiceCpu.Of("postgres");
            var resume = await GetResumeLoadAsync(stack, options with { LoadWarmUp = RestartedWarmUp }, ServerCpu, cancellationToken);
            Console.WriteLine($"7p {label} (server CPU = API + PostgreSQL) {resume}");
            var export = await GetExportLoadAsync(stack, owner, exportIds, options, ServerCpu, cancellationToken);
            Console.WriteLine($"7p {label} (server CPU = API + PostgreSQL) {export}");
            runs.Add((label, resume, export));
        }

        foreach (var pick in new Func<(string Label, HttpLoadResult Resume, HttpLoadResult Export), HttpLoadResult>[] { r => r.Resume, r => r.Export })
        {
            var (before, prepared, after) = (pick(runs[0]), pick(runs[1]), pick(runs[2]));
            var unprepared = (before.PerSecond + after.PerSecond) / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"7p {prepared.Name}: prepared / unprepared = {prepared.PerSecond / unprepared:0.00}x req/s ({prepared.PerSecond:0} vs {before.PerSecond:0} and {after.PerSecond:0}), p99 {prepared.Latency.P99:0.0} vs {before.Latency.P99:0.0} and {after.Latency.P99:0.0} ms, server CPU per request {CpuPerRequestUs(prepared):0} vs {CpuPerRequestUs(before):0} and {CpuPerRequestUs(after):0} µs"));
        }
    }

    private static double CpuPerRequestUs(HttpLoadResult run) => run.ServerCpu.TotalMilliseconds * 1000 / run.Latency.Count;

    private static Task<HttpLoadResult> GetResumeLoadAsync(BenchStack stack, StackBenchmarkOptions options, Func<TimeSpan> serverCpu, CancellationToken cancellationToken) =>
        HttpLoad.RunAsync("GET /api/resumes/{id}", stack.Http, options.LoadConnections, options.LoadWarmUp, options.LoadDuration,
            loop => stack.Users[loop % stack.Users.Count].Request(HttpMethod.Get, $"/api/resumes/{stack.Users[loop % stack.Users.Count].ResumeId}"),
            HttpStatusCode.OK, serverCpu, cancellationToken);

    private static Task<HttpLoadResult> GetExportLoadAsync(
        BenchStack stack, BenchUser owner, IReadOnlyList<string> exportIds, StackBenchmarkOptions options, Func<TimeSpan> serverCpu, CancellationToken cancellationToken) =>
        HttpLoad.RunAsync("GET /api/resumes/exports/{id}", stack.Http, options.LoadConnections, options.LoadWarmUp, options.LoadDuration,
            loop => owner.Request(HttpMethod.Get, $"/api/resumes/exports/{exportIds[loop % exportIds.Count]}"),
            HttpStatusCode.OK, serverCpu, cancellationToken);

    /// <summary>
    /// Render reuse (decision 35): the user's first resume rendered once, then exported <c>Count</c> times unchanged the
    /// way end-to-end is, so every one takes the stored file; the stack's own rows say how many did.
    /// </summary>
    private static async Task<ReusedResult> ReusedAsync(BenchStack stack, BenchUser user, StackBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var first = await stack.RequestExportAsync(user, cancellationToken, sameVersion: true);
        await stack.WaitFinishedAsync(user, [first], TimeSpan.FromSeconds(120), PollInterval, cancellationToken);
        var run = await EndToEndAsync(stack, user, options, cancellationToken, sameVersion: true);
        return new ReusedResult(run, await stack.CountReusedAsync(run.Ids, cancellationToken));
    }

    internal static async Task<EndToEndResult> EndToEndAsync(
        BenchStack stack, BenchUser owner, StackBenchmarkOptions options, CancellationToken cancellationToken, string format = "pdf", bool sameVersion = false)
    {
        var load = new SystemLoad();
        var apiCpu = stack.Api.CpuTime;
        var workerCpu = stack.PdfWorker.CpuTime;
        var chromiumCpu = ChildProcessCpu.Of(stack.PdfWorker.Id);
        var ids = new string[options.Count];
        var wall = Stopwatch.StartNew();
        var posts = await ThroughputRun.MeasureAsync(options.Count, options.Clients, async (i, ct) => ids[i] = await stack.RequestExportAsync(owner, ct, format, sameVersion), cancellationToken);
        var apiCpuForPosts = stack.Api.CpuTime - apiCpu;

        // Waited for the way the client library waits (decision 30): one event stream per export, not a poll per second;
        // the rows (requestedAt, completedAt) are then read once.
        await Task.WhenAll(ids.Select(id => StatusWaitBenchmark.WaitOverEventsAsync(stack, owner, id, cancellationToken)));
        var finished = await stack.WaitFinishedAsync(owner, ids, TimeSpan.FromSeconds(Math.Max(120, options.Count * 5)), PollInterval, cancellationToken);
        wall.Stop();
        var loadText = load.CpuSinceStart();

        var completed = finished.Where(e => e["status"]!.GetValue<string>() == "completed").ToArray();
        if (completed.Length == 0)
        {
            throw new InvalidOperationException($"none of the {options.Count} exports completed: {finished[0].ToJsonString()}");
        }

        var (span, latency) = ServerLatency(completed);
        ReportStalls(completed);
        return new EndToEndResult(completed.Length, span, wall.Elapsed.TotalSeconds, latency, posts.Latency, finished.Length - completed.Length, loadText,
            stack.Api.CpuTime - apiCpu, apiCpuForPosts, stack.PdfWorker.CpuTime - workerCpu, ChildProcessCpu.Of(stack.PdfWorker.Id) - chromiumCpu)
        {
            Ids = ids,
        };
    }

    /// <summary>Open loop: one POST every 1/rate seconds whatever the stack does, so queueing shows in the latency.</summary>
    private static async Task<SteadyResult> SteadyAsync(BenchStack stack, BenchUser user, double rate, StackBenchmarkOptions options, CancellationToken cancellationToken)
    {
        var count = Math.Clamp((int)Math.Round(rate * options.SteadyDuration.TotalSeconds), 20, 400);
        await stack.AddUnexportedResumesAsync(user, count, cancellationToken);
        var load = new SystemLoad();
        var clock = Stopwatch.StartNew();
        var posts = new List<Task<string>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            }

            posts.Add(stack.RequestExportAsync(user, cancellationToken));
        }

        var ids = await Task.WhenAll(posts);
        var offered = count / clock.Elapsed.TotalSeconds;
        var finished = await stack.WaitFinishedAsync(user, ids, TimeSpan.FromSeconds(Math.Max(120, count * 2)), PollInterval, cancellationToken);
        var completed = finished.Where(e => e["status"]!.GetValue<string>() == "completed").ToArray();
        var (_, latency) = ServerLatency(completed);
        return new SteadyResult(rate, offered, completed.Length, finished.Length - completed.Length, latency, load.CpuSinceStart());
    }

    /// <summary>One bulk apply on a resume with no PDF yet: the PDF worker renders it and releases the applications, the e-mail worker sends them.</summary>
    private static async Task<string> BulkApplyAsync(BenchStack stack, BenchUser user, int recipients, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var applications = Enumerable.Range(0, recipients).Select(i => new
        {
            company = $"Company {i}",
            position = "Backend engineer",
            recipientEmail = $"recruiter{i}@example.com",
        }).ToArray();
        using var post = user.Request(HttpMethod.Post, "/api/applications/bulk", new { resumeId = user.ResumeId, applications });
        var created = await BenchStack.ReadAsync(await stack.Http.SendAsync(post, cancellationToken), HttpStatusCode.Accepted, cancellationToken);
        var id = created["id"]!.GetValue<string>();
        while (true)
        {
            using var get = user.Request(HttpMethod.Get, $"/api/applications/bulk/{id}");
            var state = await BenchStack.ReadAsync(await stack.Http.SendAsync(get, cancellationToken), HttpStatusCode.OK, cancellationToken);
            var statuses = state["applications"]!.AsArray().Select(a => a!["status"]!.GetValue<string>()).ToArray();
            if (statuses.All(s => s != "queued"))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"e-mail: bulk apply of {recipients} applications finished in {clock.Elapsed.TotalSeconds:0.0} s: {statuses.Count(s => s == "sent")} sent, {statuses.Count(s => s == "failed")} failed, {stack.Smtp.Received} mails at the SMTP sink");
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(180))
            {
                throw new TimeoutException($"bulk apply {id}: {statuses.Count(s => s == "queued")} applications still queued after 180 s");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static (double SpanSeconds, LatencyStats Latency) ServerLatency(JsonNode[] completed)
    {
        var requested = completed.Select(e => e["requestedAt"]!.GetValue<DateTimeOffset>()).ToArray();
        var done = completed.Select(e => e["completedAt"]!.GetValue<DateTimeOffset>()).ToArray();
        return ((done.Max() - requested.Min()).TotalSeconds, LatencyStats.From(requested.Zip(done, (r, c) => (c - r).TotalMilliseconds).ToArray()));
    }

    /// <summary>What a slow run needs explained: retried exports, the slowest ones, and the longest time in which none completed.</summary>
    private static void ReportStalls(JsonNode[] completed)
    {
        var firstRequest = completed.Min(e => e["requestedAt"]!.GetValue<DateTimeOffset>());
        var retried = completed.Count(e => e["attempts"]!.GetValue<int>() > 1);
        var times = completed.Select(e => e["completedAt"]!.GetValue<DateTimeOffset>()).Prepend(firstRequest).Order().ToArray();
        var gap = times.Zip(times.Skip(1), (a, b) => (Start: a, Seconds: (b - a).TotalSeconds)).MaxBy(g => g.Seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stack: {retried} export(s) needed more than one attempt; longest stretch with no completion {gap.Seconds:0.00} s (from +{(gap.Start - firstRequest).TotalSeconds:0.00} s)"));
        foreach (var slow in completed.OrderByDescending(e => e["completedAt"]!.GetValue<DateTimeOffset>() - e["requestedAt"]!.GetValue<DateTimeOffset>()).Take(3))
        {
            var requestedAt = slow["requestedAt"]!.GetValue<DateTimeOffset>();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stack: slow export {slow["id"]}: requested +{(requestedAt - firstRequest).TotalSeconds:0.00} s, took {(slow["completedAt"]!.GetValue<DateTimeOffset>() - requestedAt).TotalSeconds:0.00} s, attempts {slow["attempts"]}, last error {slow["errorCode"]?.ToString() ?? "-"}"));
        }
    }
}
