using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Npgsql;

namespace ResumeExport.Benchmarks;

/// <summary>
/// The real stack as separate Release processes (API, PDF worker, e-mail worker against an SMTP sink) on a throw-away
/// database and RabbitMQ virtual host, driven over HTTP like clients: users on the team plan, one resume each. Settings:
/// <c>deploy/bench/stack.env</c>, then anything set in the environment (it wins, and is passed through to every process).
/// </summary>
internal sealed class BenchStack : IAsyncDisposable
{
    private const string SigningKey = "exports-benchmark-signing-key-0123456789abcdef0123";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180);

    private readonly List<IAsyncDisposable> owned = [];
    private readonly Dictionary<string, StackProcess> processes = [];
    // The enqueue run (phase 7) POSTs thousands of exports with the workers stopped, on purpose: it measures the request
    // path, so the render-queue bound (decision 34, 2,000 by default) would answer it 503 after a few seconds.
    private static readonly Dictionary<string, string> ApiSettings = new()
    {
        ["Database__ApplyMigrationsOnStartup"] = "true",
        ["Backpressure__MaxUnfinishedExports"] = "1000000",
    };

    private Dictionary<string, string> sharedSettings = [];
    private StackBinaries? startedBinaries;
    private int resumesAdded;
    private string? processLogPrefix;

    private BenchStack(HttpClient http, MemorySampler memory, string connectionString)
    {
        Http = http;
        Memory = memory;
        ConnectionString = connectionString;
    }

    public HttpClient Http { get; }

    public MemorySampler Memory { get; }

    public string ConnectionString { get; }

    public IReadOnlyList<BenchUser> Users { get; private set; } = [];

    public StackProcess Api => processes["api"];

    public StackProcess PdfWorker => processes["workers-pdf"];

    /// <summary>Every PDF worker process running now (one, or more after <see cref="AddPdfWorkerAsync"/>).</summary>
    public IReadOnlyList<StackProcess> PdfWorkers => processes.Values.Where(p => p.Name.StartsWith("workers-pdf", StringComparison.Ordinal)).ToArray();

    public StackProcess EmailWorker => processes["workers-email"];

    public SmtpSink Smtp { get; private set; } = null!;

    /// <summary>Builds API and both workers in Release into <paramref name="stackDirectory"/> unless <paramref name="reuse"/> and all dlls exist.</summary>
    public static async Task<StackBinaries> BuildAsync(string repoRoot, string stackDirectory, bool reuse, CancellationToken cancellationToken)
    {
        var binaries = new StackBinaries(
            Path.Combine(stackDirectory, "api", "ResumeExport.Api.dll"),
            Path.Combine(stackDirectory, "pdf", "ResumeExport.Workers.Pdf.dll"),
            Path.Combine(stackDirectory, "email", "ResumeExport.Workers.Email.dll"));
        if (reuse && File.Exists(binaries.Api) && File.Exists(binaries.Pdf) && File.Exists(binaries.Email))
        {
            Console.WriteLine($"stack: reusing the build in {stackDirectory}");
            return binaries;
        }

        foreach (var (project, output) in new[] { ("src/Api", "api"), ("src/Workers.Pdf", "pdf"), ("src/Workers.Email", "email") })
        {
            var watch = Stopwatch.StartNew();
            var (exitCode, stdout, stderr) = await ChildProcess.RunAsync("dotnet", repoRoot,
                ["build", "-c", "Release", project, "-o", Path.Combine(stackDirectory, output), "-nologo", "-v", "q"], cancellationToken);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build {project} failed ({exitCode}):{Environment.NewLine}{stdout}{stderr}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stack: built {project} -> {Path.Combine(stackDirectory, output)} in {watch.Elapsed.TotalSeconds:0} s"));
        }

        return binaries;
    }

    public static async Task<BenchStack> StartAsync(string repoRoot, StackBinaries binaries, int users, CancellationToken cancellationToken)
    {
        var database = await BenchDatabase.CreateAsync(BenchDatabase.BaseConnectionString(), cancellationToken);
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var stack = new BenchStack(http, new MemorySampler(), database.ConnectionString);
        stack.owned.Add(database);
        try
        {
            await stack.StartProcessesAsync(repoRoot, binaries, database, cancellationToken);
            await stack.CreateUsersAsync(users, cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops a worker (graceful, then killed) after a last memory sample; returns its peaks.</summary>
    public async Task<MemorySampler.Peak> StopAsync(string name)
    {
        var peak = Memory.Finish(name);
        if (processes.Remove(name, out var process))
        {
            await process.DisposeAsync();
        }

        return peak;
    }

    public string Tails() => string.Join(Environment.NewLine, processes.Values.Select(p => p.Tail()));

    public async ValueTask DisposeAsync()
    {
        foreach (var name in processes.Keys.Reverse().ToArray())
        {
            await StopAsync(name);
        }

        await Memory.DisposeAsync();
        Http.Dispose();
        for (var i = owned.Count - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
        }
    }

    /// <summary>
    /// Requests an export of one of the user's <see cref="BenchUser.UnexportedResumes"/> (a real render), or with
    /// <paramref name="sameVersion"/> of its first resume again (a reuse once it has been rendered).
    /// </summary>
    public async Task<string> RequestExportAsync(BenchUser user, CancellationToken cancellationToken, string format = "pdf", bool sameVersion = false)
    {
        var resumeId = sameVersion ? user.ResumeId
            : user.UnexportedResumes.TryDequeue(out var fresh) ? fresh
            : throw new InvalidOperationException("no unexported resume left: call AddUnexportedResumesAsync for the phase first");
        using var request = user.Request(HttpMethod.Post, $"/api/resumes/{resumeId}/exports", new { format });
        var body = await ReadAsync(await Http.SendAsync(request, cancellationToken), HttpStatusCode.Accepted, cancellationToken);
        return body["id"]!.GetValue<string>();
    }

    /// <summary>Polls <c>GET /api/resumes/exports</c> (pages of 100, newest first) until every id is completed or failed.</summary>
    public async Task<JsonNode[]> WaitFinishedAsync(BenchUser user, IReadOnlyCollection<string> ids, TimeSpan timeout, TimeSpan pollInterval, CancellationToken cancellationToken)
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
                using var request = user.Request(HttpMethod.Get, url);
                var page = await ReadAsync(await Http.SendAsync(request, cancellationToken), HttpStatusCode.OK, cancellationToken);
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
            while (cursor is not null && finished.Count < wanted.Count);

            if (finished.Count == wanted.Count)
            {
                return finished.Values.ToArray();
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"only {finished.Count} of {wanted.Count} exports finished within {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(pollInterval, cancellationToken);
        }
    }

    public static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
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

    private async Task StartProcessesAsync(string repoRoot, StackBinaries binaries, BenchDatabase database, CancellationToken cancellationToken)
    {
        var vhost = await RabbitVirtualHost.CreateAsync(cancellationToken);
        owned.Add(vhost);
        var storage = new TempDirectory("bench-exports-storage-");
        owned.Add(new DisposableAdapter(storage));
        Smtp = new SmtpSink();
        owned.Add(Smtp);
        Console.WriteLine($"stack: database {database.Name}, vhost {vhost.Name}, storage {storage.Path}, SMTP sink 127.0.0.1:{Smtp.Port}");

        var shared = StackSettings.Load(repoRoot);
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = database.ConnectionString,
            ["RabbitMq__VirtualHost"] = vhost.Name,
            ["Jwt__SigningKey"] = SigningKey,
            ["Storage__Driver"] = "local",
            ["Storage__Local__RootPath"] = storage.Path,
        })
        {
            shared[key] = value;
        }

        if (ProcessTrace.Directory is not null)
        {
            // perf names JIT-compiled methods from /tmp/perf-<pid>.map, which it only reads for plain anonymous memory:
            // with W^X the code lives in a double-mapped memfd perf cannot attribute.
            shared["DOTNET_PerfMapEnabled"] = "1";
            shared["DOTNET_EnableWriteXorExecute"] = "0";
        }

        if (Environment.GetEnvironmentVariable("Chromium__ExecutablePath") is not { Length: > 0 } && Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } chromium)
        {
            shared["Chromium__ExecutablePath"] = chromium;
        }

        var logDirectory = Environment.GetEnvironmentVariable("BENCH_LOG_DIR") is { Length: > 0 } logs ? Directory.CreateDirectory(logs).FullName : null;
        var logPrefix = logDirectory is null ? null : Path.Combine(logDirectory, $"exports-{DateTime.UtcNow:yyyyMMdd-HHmmss}-");
        if (logPrefix is not null)
        {
            Console.WriteLine($"stack: process logs in {logPrefix}<process>.log");
        }

        sharedSettings = shared;
        startedBinaries = binaries;
        processLogPrefix = logPrefix;
        var api = Http.BaseAddress!.ToString().TrimEnd('/');
        await StartOneAsync("api", api, binaries.Api, shared, new(ApiSettings), logPrefix, withChildren: false, cancellationToken);
        await StartOneAsync("workers-pdf", $"http://127.0.0.1:{FreePort()}", binaries.Pdf, shared, [], logPrefix, withChildren: true, cancellationToken);
        await StartOneAsync("workers-email", $"http://127.0.0.1:{FreePort()}", binaries.Email, shared, new()
        {
            // Not "Production": that refuses SMTP without TLS, and the sink speaks plain SMTP on loopback. Logs stay JSON.
            ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "none",
            ["Smtp__Sender"] = "bench@example.com",
        }, logPrefix, withChildren: false, cancellationToken);
        Console.WriteLine($"stack: {string.Join(", ", processes.Values.Select(p => $"{p.Name} {p.Url} (pid {p.Id})"))} ready");
    }

    /// <summary>
    /// Stops the API and starts it again on the same port with <paramref name="overrides"/> on top of its settings, so a
    /// phase can compare two settings within one run. Returns the peak memory of the API it stopped.
    /// </summary>
    public async Task<MemorySampler.Peak> RestartApiAsync(IReadOnlyDictionary<string, string> overrides, CancellationToken cancellationToken)
    {
        var url = Api.Url;
        var peak = await StopAsync("api");
        var settings = new Dictionary<string, string>(ApiSettings);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        await StartOneAsync("api", url, startedBinaries!.Api, sharedSettings, settings, processLogPrefix, withChildren: false, cancellationToken);
        return peak;
    }

    /// <summary>
    /// One more PDF worker, an OS process of its own with the same settings, as the reliability suite runs its replicas:
    /// it consumes the same queue, so RabbitMQ spreads the renders over the workers. Named workers-pdf-2, -3, …
    /// </summary>
    public async Task<StackProcess> AddPdfWorkerAsync(CancellationToken cancellationToken)
    {
        var name = $"workers-pdf-{PdfWorkers.Count + 1}";
        await StartOneAsync(name, $"http://127.0.0.1:{FreePort()}", startedBinaries!.Pdf, sharedSettings, [], processLogPrefix, withChildren: true, cancellationToken);
        Console.WriteLine($"stack: {name} {processes[name].Url} (pid {processes[name].Id}) ready");
        return processes[name];
    }

    /// <summary>Lifts the team plan's daily export and resume limits in SQL: a soak exports thousands as one user.</summary>
    public async Task LiftPlanLimitsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var lift = new NpgsqlCommand("UPDATE plan_limits SET daily_exports = 100000000, max_resumes = 100000000 WHERE plan_code = 'team'", connection);
        await lift.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task StartOneAsync(
        string name, string url, string dll, IReadOnlyDictionary<string, string> shared, Dictionary<string, string> own, string? logPrefix, bool withChildren,
        CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(shared) { ["ASPNETCORE_URLS"] = url };
        foreach (var (key, value) in own)
        {
            environment[key] = value;
        }

        var process = StackProcess.Start(name, url, dll, environment, logPrefix is null ? null : $"{logPrefix}{name}.log");
        processes[name] = process;
        Memory.Watch(name, process.Id, withChildren);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited during start-up:{Environment.NewLine}{process.Tail()}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri($"{url}/health/ready"), cancellationToken);
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
                throw new TimeoutException($"{name} not ready within {ReadyTimeout.TotalSeconds:0} s:{Environment.NewLine}{process.Tail()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    /// <summary>Registers the users (the stack's auth rate limit is raised in stack.env), moves them to the team plan in SQL, one resume each.</summary>
    private async Task CreateUsersAsync(int count, CancellationToken cancellationToken)
    {
        var registered = new (Guid Id, string Token)[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var email = $"bench-{i}-{Guid.NewGuid():N}@example.com";
            var body = await ReadAsync(await Http.PostAsJsonAsync("/api/auth/register",
                new { email, password = "Bench-password-1", displayName = BenchResumes.OwnerName }, ct), HttpStatusCode.Created, ct);
            registered[i] = (Guid.Parse(body["user"]!["id"]!.GetValue<string>(), CultureInfo.InvariantCulture), body["accessToken"]!.GetValue<string>());
        });

        // The team plan (500 exports a day each) straight in SQL: the benchmark measures exports, not billing.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var update = new NpgsqlCommand("UPDATE users SET plan_code = 'team' WHERE id = ANY($1)", connection);
            update.Parameters.AddWithValue(registered.Select(r => r.Id).ToArray());
            var moved = await update.ExecuteNonQueryAsync(cancellationToken);
            if (moved != count)
            {
                throw new InvalidOperationException($"{moved} of {count} users moved to the team plan");
            }
        }

        var users = new BenchUser[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var user = new BenchUser(registered[i].Id, registered[i].Token, string.Empty);
            using var request = user.Request(HttpMethod.Post, "/api/resumes", BenchResumes.RequestBody());
            var resume = await ReadAsync(await Http.SendAsync(request, ct), HttpStatusCode.Created, ct);
            users[i] = user with { ResumeId = resume["id"]!.GetValue<string>() };
        });
        Users = users;
        Console.WriteLine($"stack: {count} users on the team plan with one resume each");
    }

    /// <summary>
    /// Adds <paramref name="count"/> resumes of distinct content (the title carries a number) to the user's
    /// <see cref="BenchUser.UnexportedResumes"/>, over the API; the team plan's resume limit is lifted in SQL first.
    /// </summary>
    public async Task AddUnexportedResumesAsync(BenchUser user, int count, CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var lift = new NpgsqlCommand("UPDATE plan_limits SET max_resumes = 1000000 WHERE plan_code = 'team'", connection);
            await lift.ExecuteNonQueryAsync(cancellationToken);
        }

        // Numbered across calls: a second batch numbered from 1 again would repeat the first one's content, and the worker
        // would reuse those renders (decision 35) instead of printing them.
        var first = Interlocked.Add(ref resumesAdded, count) - count;
        var ids = new string[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            using var request = user.Request(HttpMethod.Post, "/api/resumes", BenchResumes.RequestBody(first + i + 1));
            ids[i] = (await ReadAsync(await Http.SendAsync(request, ct), HttpStatusCode.Created, ct))["id"]!.GetValue<string>();
        });
        foreach (var id in ids)
        {
            user.UnexportedResumes.Enqueue(id);
        }
    }

    /// <summary>How many of the exports the stack completed with an earlier export's file (decision 35).</summary>
    public async Task<int> CountReusedAsync(IReadOnlyList<string> exportIds, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM exports WHERE id = ANY($1) AND reused_from_export_id IS NOT NULL", connection);
        count.Parameters.AddWithValue(exportIds.Select(id => Guid.Parse(id, CultureInfo.InvariantCulture)).ToArray());
        return (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class DisposableAdapter(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
