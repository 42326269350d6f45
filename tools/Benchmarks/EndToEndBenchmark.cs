using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Npgsql;

namespace ResumeExport.Benchmarks;

/// <summary>
/// Phase 3 of <c>exports</c>: the real stack as separate Release processes (API + PDF worker) on a throw-away database and
/// RabbitMQ virtual host, driven over HTTP like a client: register, team plan, one resume, a warm-up, then N exports
/// POSTed as fast as a few clients can, polled until every one is completed.
/// </summary>
internal static class EndToEndBenchmark
{
    private const string SigningKey = "exports-benchmark-signing-key-0123456789abcdef0123";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180);

    /// <summary>
    /// Status polls during the measurement. Their timing does not enter the figures (those come from the stack's own
    /// requestedAt/completedAt) but their CPU does, so poll rarely: BENCH_POLL_MS, default 1000.
    /// </summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("BENCH_POLL_MS"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0 ? ms : 1000);

    /// <summary>Builds API and PDF worker in Release into <paramref name="stackDirectory"/> (<c>api/</c>, <c>pdf/</c>) unless <paramref name="reuse"/> and both dlls exist.</summary>
    public static async Task<(string Api, string Pdf)> BuildStackAsync(string repoRoot, string stackDirectory, bool reuse, CancellationToken cancellationToken)
    {
        var api = Path.Combine(stackDirectory, "api", "ResumeExport.Api.dll");
        var pdf = Path.Combine(stackDirectory, "pdf", "ResumeExport.Workers.Pdf.dll");
        if (reuse && File.Exists(api) && File.Exists(pdf))
        {
            Console.WriteLine($"stack: reusing {api} and {pdf}");
            return (api, pdf);
        }

        foreach (var (project, output) in new[] { ("src/Api", "api"), ("src/Workers.Pdf", "pdf") })
        {
            var watch = Stopwatch.StartNew();
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = repoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "build", "-c", "Release", project, "-o", Path.Combine(stackDirectory, output), "-nologo", "-v", "q" })
            {
                start.ArgumentList.Add(argument);
            }

            using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet build did not start.");
            var stdout = build.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = build.StandardError.ReadToEndAsync(cancellationToken);
            await build.WaitForExitAsync(cancellationToken);
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build {project} failed ({build.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stack: built {project} -> {Path.Combine(stackDirectory, output)} in {watch.Elapsed.TotalSeconds:0} s"));
        }

        return (api, pdf);
    }

    public static async Task<EndToEndResult> RunAsync((string Api, string Pdf) dlls, int count, int clients, int warmUpExports, CancellationToken cancellationToken)
    {
        await using var database = await BenchDatabase.CreateAsync(BenchDatabase.BaseConnectionString(), cancellationToken);
        await using var vhost = await RabbitVirtualHost.CreateAsync(cancellationToken);
        using var storage = new TempDirectory("bench-exports-storage-");
        Console.WriteLine($"stack: database {database.Name}, vhost {vhost.Name}, storage {storage.Path}");

        var shared = new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = database.ConnectionString,
            ["RabbitMq__VirtualHost"] = vhost.Name,
            ["Jwt__SigningKey"] = SigningKey,
            ["Storage__Driver"] = "local",
            ["Storage__Local__RootPath"] = storage.Path,
            ["ASPNETCORE_ENVIRONMENT"] = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } environment ? environment : "Production",
        };
        if (Environment.GetEnvironmentVariable("Chromium__ExecutablePath") is not { Length: > 0 } && Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } chromium)
        {
            shared["Chromium__ExecutablePath"] = chromium;
        }

        var apiUrl = $"http://127.0.0.1:{FreePort()}";
        var pdfUrl = $"http://127.0.0.1:{FreePort()}";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(apiUrl), Timeout = TimeSpan.FromSeconds(60) };

        var logDirectory = Environment.GetEnvironmentVariable("BENCH_LOG_DIR") is { Length: > 0 } logs ? Directory.CreateDirectory(logs).FullName : null;
        var logPrefix = logDirectory is null ? null : Path.Combine(logDirectory, $"exports-{DateTime.UtcNow:yyyyMMdd-HHmmss}-");
        if (logPrefix is not null)
        {
            Console.WriteLine($"stack: process logs in {logPrefix}api.log and {logPrefix}workers-pdf.log");
        }

        await using var api = StackProcess.Start("api", dlls.Api, new Dictionary<string, string>(shared)
        {
            ["ASPNETCORE_URLS"] = apiUrl,
            ["Database__ApplyMigrationsOnStartup"] = "true",
        }, logPrefix is null ? null : logPrefix + "api.log");
        await WaitReadyAsync(api, http, apiUrl, cancellationToken);
        await using var worker = StackProcess.Start("workers-pdf", dlls.Pdf, new Dictionary<string, string>(shared)
        {
            ["ASPNETCORE_URLS"] = pdfUrl,
            ["Database__ApplyMigrationsOnStartup"] = "false",
        }, logPrefix is null ? null : logPrefix + "workers-pdf.log");
        await WaitReadyAsync(worker, http, pdfUrl, cancellationToken);
        Console.WriteLine($"stack: api {apiUrl} and workers-pdf {pdfUrl} ready");

        try
        {
            var userId = await RegisterAsync(http, cancellationToken);
            await MoveToTeamPlanAsync(database.ConnectionString, userId, cancellationToken);
            var resumeId = await CreateResumeAsync(http, cancellationToken);

            var warmUp = new List<string>();
            for (var i = 0; i < warmUpExports; i++)
            {
                warmUp.Add(await RequestExportAsync(http, resumeId, cancellationToken));
            }

            await WaitFinishedAsync(http, warmUp, TimeSpan.FromSeconds(Math.Max(120, warmUpExports * 5)), cancellationToken);
            Console.WriteLine($"stack: warm-up of {warmUpExports} exports completed");

            var load = new SystemLoad();
            var apiCpu = api.CpuTime;
            var workerCpu = worker.CpuTime;
            var chromiumCpu = ChildProcessCpu.Of(worker.Id);
            var ids = new string[count];
            var wall = Stopwatch.StartNew();
            var posts = await ThroughputRun.MeasureAsync(count, clients, async (i, ct) => ids[i] = await RequestExportAsync(http, resumeId, ct), cancellationToken);
            var apiCpuForPosts = api.CpuTime - apiCpu;
            var finished = await WaitFinishedAsync(http, ids, TimeSpan.FromSeconds(Math.Max(120, count * 5)), cancellationToken);
            wall.Stop();
            var loadText = load.CpuSinceStart();

            var completed = finished.Where(e => e["status"]!.GetValue<string>() == "completed").ToArray();
            var failed = finished.Length - completed.Length;
            if (completed.Length == 0)
            {
                throw new InvalidOperationException($"none of the {count} exports completed: {finished[0].ToJsonString()}");
            }

            var requested = completed.Select(e => e["requestedAt"]!.GetValue<DateTimeOffset>()).ToArray();
            var done = completed.Select(e => e["completedAt"]!.GetValue<DateTimeOffset>()).ToArray();
            var span = (done.Max() - requested.Min()).TotalSeconds;
            var latency = LatencyStats.From(requested.Zip(done, (r, c) => (c - r).TotalMilliseconds).ToArray());
            ReportStalls(completed, requested.Min());
            return new EndToEndResult(completed.Length, span, wall.Elapsed.TotalSeconds, latency, posts.Latency, failed, loadText,
                api.CpuTime - apiCpu, apiCpuForPosts, worker.CpuTime - workerCpu, ChildProcessCpu.Of(worker.Id) - chromiumCpu);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Console.Error.WriteLine($"end-to-end failed; last output of the stack:{Environment.NewLine}{api.Tail()}{Environment.NewLine}{worker.Tail()}");
            throw;
        }
    }

    /// <summary>What a slow run needs explained: retried exports, the slowest ones, and the longest time in which none completed.</summary>
    private static void ReportStalls(JsonNode[] completed, DateTimeOffset firstRequest)
    {
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitReadyAsync(StackProcess process, HttpClient http, string baseUrl, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited during start-up:{Environment.NewLine}{process.Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"{baseUrl}/health/ready"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (deadline.Elapsed > ReadyTimeout)
            {
                throw new TimeoutException($"{process.Name} not ready within {ReadyTimeout.TotalSeconds:0} s:{Environment.NewLine}{process.Tail()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static async Task<Guid> RegisterAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var email = $"bench-{Guid.NewGuid():N}@example.com";
        var body = await ReadAsync(await http.PostAsJsonAsync("/api/auth/register",
            new { email, password = "Bench-password-1", displayName = BenchResumes.OwnerName }, cancellationToken), HttpStatusCode.Created, cancellationToken);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body["accessToken"]!.GetValue<string>());
        return Guid.Parse(body["user"]!["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
    }

    /// <summary>The team plan (500 exports a day) straight in SQL: the benchmark measures exports, not billing.</summary>
    private static async Task MoveToTeamPlanAsync(string connectionString, Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var update = new NpgsqlCommand("UPDATE users SET plan_code = 'team' WHERE id = $1", connection);
        update.Parameters.AddWithValue(userId);
        if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"user {userId} not found in the users table");
        }
    }

    private static async Task<string> CreateResumeAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(await http.PostAsJsonAsync("/api/resumes", BenchResumes.RequestBody(), cancellationToken), HttpStatusCode.Created, cancellationToken);
        return body["id"]!.GetValue<string>();
    }

    private static async Task<string> RequestExportAsync(HttpClient http, string resumeId, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(await http.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" }, cancellationToken),
            HttpStatusCode.Accepted, cancellationToken);
        return body["id"]!.GetValue<string>();
    }

    /// <summary>Polls <c>GET /api/resumes/exports</c> (pages of 100, newest first) until every id is completed or failed.</summary>
    private static async Task<JsonNode[]> WaitFinishedAsync(HttpClient http, IReadOnlyCollection<string> ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var wanted = ids.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var finished = new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase);
            string? cursor = null;
            do
            {
                var url = "/api/resumes/exports?limit=100" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor));
                var page = await ReadAsync(await http.GetAsync(new Uri(url, UriKind.Relative), cancellationToken), HttpStatusCode.OK, cancellationToken);
                foreach (var item in page["items"]!.AsArray())
                {
                    var id = item!["id"]!.GetValue<string>();
                    if (wanted.Contains(id) && item["status"]!.GetValue<string>() is "completed" or "failed")
                    {
                        finished[id] = item;
                    }
                }

                cursor = page["nextCursor"]?.GetValue<string>();
            }
            while (cursor is not null);

            if (finished.Count == wanted.Count)
            {
                return finished.Values.ToArray();
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"only {finished.Count} of {wanted.Count} exports finished within {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != expected)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
            }

            return JsonNode.Parse(text) ?? throw new InvalidOperationException("empty response body");
        }
    }
}
