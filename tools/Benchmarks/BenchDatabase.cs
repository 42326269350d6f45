using System.Security.Cryptography;
using Npgsql;

namespace ResumeExport.Benchmarks;

/// <summary>A throw-away database <c>bench_&lt;random&gt;</c>, created and dropped through the app's own connection (the role has CREATEDB).</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Database=resume_export;Username=resume_export;Password=resume_export";

    private readonly string adminConnectionString;

    private BenchDatabase(string adminConnectionString, string name, string connectionString)
    {
        this.adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string BaseConnectionString()
    {
        var fromEnv = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres");
        return string.IsNullOrWhiteSpace(fromEnv) ? DefaultConnectionString : fromEnv;
    }

    public static async Task<BenchDatabase> CreateAsync(string baseConnectionString, CancellationToken cancellationToken)
    {
        var name = "bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        await using (var admin = new NpgsqlConnection(baseConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8'", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(baseConnectionString) { Database = name }.ConnectionString;
        return new BenchDatabase(baseConnectionString, name, connectionString);
    }

    /// <summary>
    /// Drops the database, also after a failure or cancellation. Not <c>WITH (FORCE)</c>: that needs the right to signal
    /// autovacuum workers, which the app role lacks. Our own leftover sessions are terminated instead, and plain DROP
    /// DATABASE makes autovacuum step aside by itself; a few retries cover both. Never throws: a failure here must not hide
    /// the benchmark's own error, so it prints the command to run by hand.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var admin = new NpgsqlConnection(adminConnectionString);
                await admin.OpenAsync();
                await using (var terminate = new NpgsqlCommand(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()",
                    admin))
                {
                    terminate.Parameters.AddWithValue(Name);
                    await terminate.ExecuteNonQueryAsync();
                }

                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\"", admin);
                await drop.ExecuteNonQueryAsync();
                Console.WriteLine($"dropped database {Name}");
                return;
            }
            catch (NpgsqlException exception) when (attempt < 10)
            {
                Console.Error.WriteLine($"drop database {Name} (attempt {attempt}): {exception.Message}; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
            catch (NpgsqlException exception)
            {
                Console.Error.WriteLine($"could not drop database {Name}: {exception.Message}. Drop it by hand: DROP DATABASE \"{Name}\";");
                return;
            }
        }
    }
}
