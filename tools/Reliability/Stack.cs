using System.Globalization;
using System.Text.Json;

namespace ResumeExport.Reliability;

/// <summary>
/// Two replicas of each process (API, PDF worker, e-mail worker) as OS processes on their own ports, sharing the suite's
/// PostgreSQL, the 3-node RabbitMQ cluster (quorum queues, every node listed) and one local storage directory.
/// Production-like settings: the Staging environment (JSON logs, no development defaults) and the default retry policy;
/// only the scheduled jobs run more often, so the suite can watch them within minutes.
/// </summary>
internal sealed class Stack : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180);
    private readonly SuiteSettings settings;
    private readonly HttpClient probe = new() { Timeout = TimeSpan.FromSeconds(5) };

    private Stack(SuiteSettings settings, IReadOnlyList<ReplicaProcess> replicas)
    {
        this.settings = settings;
        Replicas = replicas;
    }

    public IReadOnlyList<ReplicaProcess> Replicas { get; }

    public IReadOnlyList<ReplicaProcess> Apis => Replicas.Where(r => r.Role == "api").ToArray();

    public IReadOnlyList<ReplicaProcess> PdfWorkers => Replicas.Where(r => r.Role == "pdf").ToArray();

    public IReadOnlyList<ReplicaProcess> EmailWorkers => Replicas.Where(r => r.Role == "email").ToArray();

    /// <summary>The configured pool bound of each replica (Database:MaxPoolSize from the hosts' appsettings.json, or the code default).</summary>
    public IReadOnlyDictionary<string, int> PoolBudget { get; private set; } = new Dictionary<string, int>();

    /// <param name="common">Settings every replica gets on top of the stack's (e.g. the s3 case's bucket).</param>
    public static Stack Create(SuiteSettings settings, IReadOnlyDictionary<string, string>? common = null)
    {
        Directory.CreateDirectory(settings.LogDirectory);
        Directory.CreateDirectory(settings.StorageDirectory);
        var replicas = new List<ReplicaProcess>();
        var offset = 1;
        foreach (var (role, project, assembly) in new[]
                 {
                     ("api", "src/Api", "ResumeExport.Api"),
                     ("pdf", "src/Workers.Pdf", "ResumeExport.Workers.Pdf"),
                     ("email", "src/Workers.Email", "ResumeExport.Workers.Email"),
                 })
        {
            var dll = Path.Combine(settings.RepoRoot, project, "bin", "Release", "net10.0", assembly + ".dll");
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"{dll} is missing: build the solution in Release first (run.sh does).");
            }

            for (var replica = 1; replica <= 2; replica++, offset++)
            {
                var name = $"{role}-{replica}";
                var environment = Environment(settings, name, role, replica);
                foreach (var (key, value) in common ?? new Dictionary<string, string>())
                {
                    environment[key] = value;
                }

                replicas.Add(new ReplicaProcess(name, role, dll, settings.PortBase + offset, environment,
                    Path.Combine(settings.LogDirectory, name + ".log")));
            }
        }

        return new Stack(settings, replicas) { PoolBudget = replicas.ToDictionary(r => r.Name, r => PoolSizeOf(r.Dll)) };
    }

    /// <summary>
    /// Two more API replicas beside the stack's, on ports base+7 and base+8, with the stack's settings plus
    /// <paramref name="overrides"/> (e.g. a real burst limit where the stack's are raised out of the way); never migrating,
    /// not started. The caller starts, waits for and disposes them.
    /// </summary>
    public IReadOnlyList<ReplicaProcess> ExtraApiPair(string prefix, IReadOnlyDictionary<string, string> overrides)
    {
        var dll = Apis[0].Dll;
        return Enumerable.Range(1, 2).Select(replica =>
        {
            var name = $"{prefix}-{replica}";
            var environment = Environment(settings, name, "api", replica: 2);
            foreach (var (key, value) in overrides)
            {
                environment[key] = value;
            }

            return new ReplicaProcess(name, "api", dll, settings.PortBase + 6 + replica, environment, Path.Combine(settings.LogDirectory, name + ".log"));
        }).ToArray();
    }

    /// <summary>Starts api-1 first (it migrates the database), then the other five together, and waits until all are ready.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var first = Apis[0];
        first.Start();
        await WaitReadyAsync(first, cancellationToken);
        foreach (var replica in Replicas.Skip(1))
        {
            replica.Start();
        }

        await Task.WhenAll(Replicas.Skip(1).Select(r => WaitReadyAsync(r, cancellationToken)));
    }

    public async Task WaitReadyAsync(ReplicaProcess replica, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + ReadyTimeout;
        while (await ReadyStatusAsync(replica, cancellationToken) != 200)
        {
            if (!replica.IsRunning)
            {
                throw new InvalidOperationException($"{replica.Name} exited before it was ready (log: {replica.LogFile}).");
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"{replica.Name} was not ready within {ReadyTimeout.TotalSeconds:0} s (log: {replica.LogFile}).");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>The HTTP status of /health/ready, or 0 when the replica does not answer.</summary>
    public async Task<int> ReadyStatusAsync(ReplicaProcess replica, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await probe.GetAsync(new Uri(replica.Url, "/health/ready"), cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    /// <summary>
    /// The process id of the browser a PDF worker's pool runs, as its readiness reports it (checks.chromium.data.browserPid),
    /// or null when it reports none (no browser, or no answer). Asking launches one if none runs, as any readiness probe does.
    /// </summary>
    public async Task<int?> BrowserPidAsync(ReplicaProcess replica, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await probe.GetAsync(new Uri(replica.Url, "/health/ready"), cancellationToken);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return json.RootElement.TryGetProperty("checks", out var checks)
                && checks.TryGetProperty("chromium", out var chromium)
                && chromium.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("browserPid", out var pid) && pid.TryGetInt32(out var value)
                    ? value
                    : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException
                                              || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Replicas.Select(r => r.DisposeAsync().AsTask()));
        probe.Dispose();
    }

    /// <summary>Database:MaxPoolSize from the host's appsettings.json next to its dll, else the code's default (20).</summary>
    private static int PoolSizeOf(string dll)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(dll)!, "appsettings.json")));
        return json.RootElement.TryGetProperty("Database", out var database) && database.TryGetProperty("MaxPoolSize", out var size)
            ? size.GetInt32()
            : 20;
    }

    private static Dictionary<string, string> Environment(SuiteSettings settings, string name, string role, int replica)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Staging",
            ["DOTNET_gcServer"] = "0",
            ["ConnectionStrings__Postgres"] =
                $"Host=127.0.0.1;Port={settings.PostgresPort};Database={settings.Database};Username={settings.DatabaseUser};Application Name={name}",
            ["Database__ApplyMigrationsOnStartup"] = role == "api" && replica == 1 ? "true" : "false",
            ["RabbitMq__Host"] = "127.0.0.1",
            ["RabbitMq__Port"] = settings.RabbitPorts[0].ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__ManagementPort"] = settings.RabbitManagementPorts[0].ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__VirtualHost"] = settings.VirtualHost,
            ["RabbitMq__Username"] = settings.RabbitUser,
            ["RabbitMq__Password"] = settings.RabbitPassword,
            ["RabbitMq__UseQuorumQueues"] = "true",
            ["Jwt__SigningKey"] = settings.SigningKey,
            ["Api__AuthRateLimitPermits"] = "100000",

            // The load measures capacity, not the abuse limits (BurstLimitTests prove those): one client is one user
            // writing far faster than a person, so its burst buckets are opened wide.
            ["BurstLimits__ExportEnqueue__TokenLimit"] = "100000",
            ["BurstLimits__ExportEnqueue__TokensPerPeriod"] = "100000",
            ["BurstLimits__BulkApply__TokenLimit"] = "100000",
            ["BurstLimits__BulkApply__TokensPerPeriod"] = "100000",
            ["BurstLimits__ResumeWrites__TokenLimit"] = "100000",
            ["BurstLimits__ResumeWrites__TokensPerPeriod"] = "100000",
            ["BILLING_PROVIDER"] = "mock",
            ["Storage__Driver"] = "local",
            ["Storage__Local__RootPath"] = settings.StorageDirectory,
            ["Chromium__ExecutablePath"] = settings.ChromiumPath,
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = settings.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "none",
            ["Smtp__Sender"] = "no-reply@reliability.test",
            ["Email__PublicBaseUrl"] = $"http://127.0.0.1:{settings.PortBase + 1}",

            // The scheduled jobs tick every second or two (default: minutes), so the suite sees many passes of two replicas.
            ["Billing__DueChangesInterval"] = "00:00:01",
            ["ExportCleanup__Interval"] = "00:00:02",
            ["ExportFailureAlerts__CheckInterval"] = "00:00:01",
            ["ExportFailureAlerts__Window"] = "00:00:30",
            ["OTEL_SDK_DISABLED"] = "true",

            // Time compressed 60 times (docs/reliability.md#long-outages): about 4 s of quick retries (real: 4 min), then
            // redeliveries from 1 s doubling to 1 min (real: 1 min to 1 h) for 24 min (real: 24 h), so a 30 s outage here
            // runs the waiting path as a 30 min one does in production.
            ["Messaging__Retry__RetryLimit"] = "5",
            ["Messaging__Retry__InitialDelay"] = "00:00:00.250",
            ["Messaging__Retry__MaxDelay"] = "00:00:01",
            ["Messaging__Retry__DatabaseOutageMaxDelay"] = "00:00:01",
            ["Redelivery__InitialDelay"] = "00:00:01",
            ["Redelivery__MaxDelay"] = "00:01:00",
            ["Redelivery__Window"] = "00:24:00",
            ["Redelivery__DispatchInterval"] = "00:00:01",
        };
        for (var i = 0; i < settings.RabbitPorts.Length; i++)
        {
            environment[$"RabbitMq__ClusterNodes__{i}"] = $"127.0.0.1:{settings.RabbitPorts[i]}";
        }

        // Extra settings for every replica, e.g. limits another change adds: REL_EXTRA_ENV="Api__X=1;Api__Y=2".
        foreach (var pair in (System.Environment.GetEnvironmentVariable("REL_EXTRA_ENV") ?? string.Empty)
                     .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0)
            {
                environment[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return environment;
    }
}
