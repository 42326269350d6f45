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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
        Console.WriteLine($"dropped database {Name}");
    }
}
