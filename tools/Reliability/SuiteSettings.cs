using System.Globalization;

namespace ResumeExport.Reliability;

/// <summary>
/// What deploy/reliability/run.sh set up (ports, credentials, directories) and the suite's knobs, all from environment
/// variables (REL_*), with the defaults of run.sh. Durations and counts can be shrunk for a quick run.
/// </summary>
internal sealed record SuiteSettings
{
    public required string RepoRoot { get; init; }

    public required string WorkDirectory { get; init; }

    /// <summary>deploy/reliability/ctl.sh: kills and restarts the suite's RabbitMQ nodes and PostgreSQL.</summary>
    public required string ControlScript { get; init; }

    public required int PostgresPort { get; init; }

    public required string Database { get; init; }

    public required string DatabaseUser { get; init; }

    public required int[] RabbitPorts { get; init; }

    public required int[] RabbitManagementPorts { get; init; }

    public required string RabbitUser { get; init; }

    public required string RabbitPassword { get; init; }

    public required string VirtualHost { get; init; }

    public required string SigningKey { get; init; }

    /// <summary>API replicas listen on base+1 and base+2, PDF workers on +3 and +4, e-mail workers on +5 and +6.</summary>
    public required int PortBase { get; init; }

    public required int SmtpPort { get; init; }

    public required string ChromiumPath { get; init; }

    /// <summary>How long each fault case streams exports and bulk applies.</summary>
    public required TimeSpan StreamDuration { get; init; }

    /// <summary>Exports requested per second by a case's stream (bulk applies come on top).</summary>
    public required double StreamExportsPerSecond { get; init; }

    public required int PdfKillBatch { get; init; }

    public required int LoadClients { get; init; }

    public required TimeSpan LoadDuration { get; init; }

    /// <summary>Each load client enqueues at most this many exports (the rest of its mix is reads and updates), so the renders drain in bounded time.</summary>
    public required int LoadExportsPerClient { get; init; }

    /// <summary>The longest a case may wait for its work to finish after the fault.</summary>
    public required TimeSpan DrainTimeout { get; init; }

    /// <summary>REL_CASES: the names of the cases to run (comma-separated); empty runs every case and the load.</summary>
    public IReadOnlySet<string> Cases { get; init; } = new HashSet<string>();

    public string StorageDirectory => Path.Combine(WorkDirectory, "storage");

    public string LogDirectory => Path.Combine(WorkDirectory, "logs");

    /// <summary>The suite's own connections: unpooled, so none is left broken by the PostgreSQL restart, and few at once.</summary>
    public string AdminConnectionString(string applicationName) =>
        $"Host=127.0.0.1;Port={PostgresPort};Database={Database};Username={DatabaseUser};Application Name={applicationName};Pooling=false;Timeout=5;Command Timeout=30";

    public static SuiteSettings FromEnvironment() => new()
    {
        RepoRoot = Required("REL_REPO_ROOT"),
        WorkDirectory = Required("REL_DIR"),
        ControlScript = Required("REL_CTL"),
        PostgresPort = Int("REL_PG_PORT", 5439),
        Database = Text("REL_DB", "resume_export_rel"),
        DatabaseUser = Text("REL_DB_USER", "resume_export"),
        RabbitPorts = Ints("REL_RABBIT_PORTS", "5701,5702,5703"),
        RabbitManagementPorts = Ints("REL_RABBIT_MANAGEMENT_PORTS", "15701,15702,15703"),
        RabbitUser = Required("REL_RABBIT_USER"),
        RabbitPassword = Required("REL_RABBIT_PASSWORD"),
        VirtualHost = Text("REL_VHOST", "reliability"),
        SigningKey = Required("REL_JWT_KEY"),
        PortBase = Int("REL_PORT_BASE", 5180),
        SmtpPort = Int("REL_SMTP_PORT", 2525),
        ChromiumPath = Text("CHROMIUM_PATH", "/usr/bin/chromium-headless-shell"),
        StreamDuration = TimeSpan.FromSeconds(Int("REL_STREAM_SECONDS", 40)),
        StreamExportsPerSecond = double.Parse(Text("REL_STREAM_EXPORTS_PER_SECOND", "1.5"), CultureInfo.InvariantCulture),
        PdfKillBatch = Int("REL_PDF_KILL_BATCH", 200),
        LoadClients = Int("REL_LOAD_CLIENTS", 64),
        LoadDuration = TimeSpan.FromSeconds(Int("REL_LOAD_SECONDS", 60)),
        LoadExportsPerClient = Int("REL_LOAD_EXPORTS_PER_CLIENT", 3),
        DrainTimeout = TimeSpan.FromSeconds(Int("REL_DRAIN_SECONDS", 240)),
        Cases = Text("REL_CASES", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
    };

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the suite through deploy/reliability/run.sh.");

    private static string Text(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

    private static int Int(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

    private static int[] Ints(string name, string fallback) =>
        Text(name, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
}
