using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>
/// The real services the suite talks to, started by deploy/services/up.sh. Settings come from the same environment
/// variables as the scripts (deploy/services/env.sh), with the same local defaults.
/// </summary>
public static class TestServices
{
    public static string PostgresAdminConnectionString { get; } =
        $"Host={Env("PGHOST", "127.0.0.1")};Port={Env("PGPORT", "5432")};Database={Env("PGDATABASE", "resume_export")};" +
        $"Username={Env("PGUSER", "resume_export")};Password={Env("PGPASSWORD", "resume_export")};Pooling=false";

    /// <summary>Connections one test class may hold per process (a worker started as an OS process has its own pool).</summary>
    public const int MaxPoolSizePerTestClass = 20;

    public static string RabbitHost { get; } = Env("RABBITMQ_HOST", "127.0.0.1");

    public static int RabbitPort { get; } = int.Parse(Env("RABBITMQ_PORT", "5672"), System.Globalization.CultureInfo.InvariantCulture);

    public static int RabbitManagementPort { get; } = int.Parse(Env("RABBITMQ_MANAGEMENT_PORT", "15672"), System.Globalization.CultureInfo.InvariantCulture);

    public static string RabbitUser { get; } = Env("RABBITMQ_USER", "resume_export");

    public static string RabbitPassword { get; } = Env("RABBITMQ_PASSWORD", "resume_export");

    /// <summary>The RabbitMQ management API as the app user (an administrator, so it may create virtual hosts).</summary>
    public static HttpClient RabbitManagement { get; } = new()
    {
        BaseAddress = new Uri($"http://{RabbitHost}:{RabbitManagementPort}/api/"),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RabbitUser}:{RabbitPassword}"))) },
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "re_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(PostgresAdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        // One pool per test class, shared by every host the class starts in this process (same string, same pool), and
        // bounded: a whole run stays far below max_connections even with the local stack running beside it.
        return new NpgsqlConnectionStringBuilder(PostgresAdminConnectionString)
        {
            Database = name,
            Pooling = true,
            MaxPoolSize = MaxPoolSizePerTestClass,
            ApplicationName = "resume-export-tests",
        }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresAdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);

        // FORCE may not terminate an autovacuum worker busy in the database (it runs as no role we are a member of:
        // 42501); the worker is done within moments, so the drop is tried again until it succeeds.
        await Eventually.UntilAsync(
            async () =>
            {
                try
                {
                    await command.ExecuteNonQueryAsync();
                    return true;
                }
                catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
                {
                    return false;
                }
            },
            dropped => dropped,
            $"database {name} to be dropped",
            TimeSpan.FromSeconds(30));
    }

    public static async Task<string> CreateVirtualHostAsync()
    {
        var vhost = "re-test-" + Guid.NewGuid().ToString("N")[..12];
        (await RabbitManagement.PutAsync($"vhosts/{vhost}", null)).EnsureSuccessStatusCode();
        (await RabbitManagement.PutAsJsonAsync($"permissions/{vhost}/{RabbitUser}", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        return vhost;
    }

    public static async Task DeleteVirtualHostAsync(string vhost) => await RabbitManagement.DeleteAsync($"vhosts/{vhost}");

    /// <summary>Stops or starts the RabbitMQ application inside the running node: a broker restart as clients see it.</summary>
    public static async Task RabbitCtlAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("rabbitmqctl", command) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("rabbitmqctl could not start.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {command} failed: {await process.StandardError.ReadToEndAsync()}");
        }
    }

    /// <summary>An environment variable of deploy/services/env.sh, or its local default.</summary>
    public static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
