using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Persistence.Seeding;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Benchmarks;

/// <summary>
/// <c>plan-usage</c>: the real <see cref="IPlanUsageReader"/> over 10k and 1M SystemLog rows; an index-only scan on
/// <c>ix_system_logs_user_day</c> should keep its latency flat as the table grows.
/// </summary>
internal static class PlanUsageBenchmark
{
    private const int Users = 10_000;
    private const int SmallRows = 10_000;
    private const int LargeRows = 1_000_000;
    private const int CopyBatch = 100_000;
    private const int WarmUp = 200;
    private const int Samples = 200;
    private const int Rounds = 3;

    public static async Task<int> RunAsync(string baseConnectionString, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();

        // A fixed clock one minute before the last UTC midnight: "today" for the reader is then a whole UTC day
        // (1/30 of the generated rows), not the few hours of the real current day.
        var now = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddMinutes(-1);
        var random = new Random(20261126);

        await using var database = await BenchDatabase.CreateAsync(baseConnectionString, cancellationToken);
        Log(total, $"created database {database.Name}");

        var capture = new CommandCapture();
        await using var provider = BuildServices(database.ConnectionString, capture);

        await using (var scope = provider.CreateAsyncScope())
        {
            await DatabaseInitializer.Create(scope.ServiceProvider).InitializeAsync(cancellationToken);
        }

        Log(total, "migrations applied, plans and templates seeded");

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        var userIds = await SyntheticData.CopyUsersAsync(connection, Users, now, cancellationToken);
        Log(total, $"COPY {Users:N0} users (plan {PlanCodes.Free}, role User)");

        var sample = Enumerable.Range(0, Samples).Select(_ => userIds[random.Next(userIds.Length)]).ToArray();
        var warmUp = Enumerable.Range(0, WarmUp).Select(_ => userIds[random.Next(userIds.Length)]).ToArray();

        // Phase A: 10k rows.
        await SyntheticData.CopySystemLogsAsync(connection, userIds, SmallRows, now, random, cancellationToken);
        await VacuumAnalyzeAsync(connection, cancellationToken);
        Log(total, $"phase A: system_logs = {await CountAsync(connection, cancellationToken):N0} rows, VACUUM (ANALYZE) done");
        var small = await MeasureAsync(total, "phase A", provider, warmUp, sample, now, cancellationToken);
        Log(total, $"phase A: best round {small.Stats}; export/bulk rows today of the sampled users: {small.RowsSeen:N0}");
        var smallServer = await ServerExecutionAsync(connection, capture, sample, cancellationToken);
        Log(total, $"phase A: server execution time (EXPLAIN ANALYZE) {smallServer}");

        // Phase B: grow to 1M rows.
        for (var written = SmallRows; written < LargeRows; written += CopyBatch)
        {
            var batch = Math.Min(CopyBatch, LargeRows - written);
            await SyntheticData.CopySystemLogsAsync(connection, userIds, batch, now, random, cancellationToken);
            Log(total, $"phase B: COPY batch of {batch:N0} (total {written + batch:N0})");
        }

        await VacuumAnalyzeAsync(connection, cancellationToken);
        Log(total, $"phase B: system_logs = {await CountAsync(connection, cancellationToken):N0} rows, VACUUM (ANALYZE) done");
        var large = await MeasureAsync(total, "phase B", provider, warmUp, sample, now, cancellationToken);
        Log(total, $"phase B: best round {large.Stats}; export/bulk rows today of the sampled users: {large.RowsSeen:N0}");
        var largeServer = await ServerExecutionAsync(connection, capture, sample, cancellationToken);
        Log(total, $"phase B: server execution time (EXPLAIN ANALYZE) {largeServer}");

        var indexUsed = await ExplainAsync(provider, connection, capture, now, cancellationToken);

        var ratio = large.Stats.Median / small.Stats.Median;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"plan-usage: 10k rows median {small.Stats.Median:0.000} ms p95 {small.Stats.P95:0.000} ms | 1M rows median {large.Stats.Median:0.000} ms p95 {large.Stats.P95:0.000} ms | ratio {ratio:0.00} | server exec median {smallServer.Median:0.000} -> {largeServer.Median:0.000} ms | index {(indexUsed ? "ix_system_logs_user_day" : "NOT USED")} | {total.Elapsed.TotalSeconds:0} s"));
        return indexUsed ? 0 : 1;
    }

    private static ServiceProvider BuildServices(string connectionString, CommandCapture capture)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{DependencyInjection.ConnectionStringName}"] = connectionString,
                ["Database:SeedDemoData"] = "false",
            })
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // EF Core 9+ logs the probe of a not-yet-existing migrations history table on a fresh database as a failed command
        // (dotnet/efcore#37328); real command failures still surface as exceptions.
        services.AddLogging(logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHasher, BenchPasswordHasher>();
        services.AddPersistence(configuration);
        services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(capture));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>
    /// <see cref="Rounds"/> rounds over the same users, one DI scope per call as one HTTP request would have; only
    /// <c>GetAsync</c> itself is timed. The round with the lowest median is kept (other builds share the 2 cores).
    /// </summary>
    private static async Task<(LatencyStats Stats, long RowsSeen)> MeasureAsync(
        Stopwatch total, string phase, IServiceProvider provider, Guid[] warmUp, Guid[] sample, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var userId in warmUp)
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IPlanUsageReader>().GetAsync(userId, now, cancellationToken);
        }

        (LatencyStats Stats, long RowsSeen)? best = null;
        for (var round = 1; round <= Rounds; round++)
        {
            var timings = new List<double>(sample.Length);
            long rows = 0;
            foreach (var userId in sample)
            {
                await using var scope = provider.CreateAsyncScope();
                var reader = scope.ServiceProvider.GetRequiredService<IPlanUsageReader>();
                var started = Stopwatch.GetTimestamp();
                var usage = await reader.GetAsync(userId, now, cancellationToken);
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                rows += usage.ExportsToday + usage.BulkAppliesToday;
            }

            var stats = LatencyStats.From(timings);
            Log(total, $"{phase}: round {round}/{Rounds} PlanUsageReader.GetAsync {stats}");
            if (best is null || stats.Median < best.Value.Stats.Median)
            {
                best = (stats, rows);
            }
        }

        return best!.Value;
    }

    /// <summary>
    /// The same statement for the same users, timed by the server (EXPLAIN ANALYZE "Execution Time"): what the index
    /// costs without the client, EF Core and the round trip, and much less disturbed by other work on the machine.
    /// </summary>
    private static async Task<LatencyStats> ServerExecutionAsync(
        NpgsqlConnection connection, CommandCapture capture, Guid[] sample, CancellationToken cancellationToken)
    {
        var sql = capture.CommandText ?? throw new InvalidOperationException("PlanUsageReader's command was not captured.");
        var capturedUser = capture.Parameters.Select(p => p.Value).OfType<Guid>().First();
        var timings = new List<double>(sample.Length);
        foreach (var userId in sample)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE) " + sql, connection);
            foreach (var (name, value) in capture.Parameters)
            {
                explain.Parameters.Add(new NpgsqlParameter(name, value is Guid id && id == capturedUser ? userId : value ?? DBNull.Value));
            }

            await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var line = reader.GetString(0);
                if (line.StartsWith("Execution Time: ", StringComparison.Ordinal))
                {
                    timings.Add(double.Parse(line["Execution Time: ".Length..].Replace(" ms", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture));
                }
            }
        }

        return LatencyStats.From(timings);
    }

    /// <summary>EXPLAIN (ANALYZE, BUFFERS) of the exact statement the reader sent, for the user with the most rows today.</summary>
    private static async Task<bool> ExplainAsync(
        IServiceProvider provider, NpgsqlConnection connection, CommandCapture capture, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (start, end) = PlanLimitPolicy.Today(now);
        Guid busiest;
        long rowsToday;
        await using (var pick = new NpgsqlCommand(
            "SELECT user_id, count(*) FROM system_logs WHERE created_at >= $1 AND created_at < $2 GROUP BY user_id ORDER BY count(*) DESC LIMIT 1",
            connection))
        {
            pick.Parameters.AddWithValue(start);
            pick.Parameters.AddWithValue(end);
            await using var reader = await pick.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            busiest = reader.GetGuid(0);
            rowsToday = reader.GetInt64(1);
        }

        PlanUsage usage;
        await using (var scope = provider.CreateAsyncScope())
        {
            usage = await scope.ServiceProvider.GetRequiredService<IPlanUsageReader>().GetAsync(busiest, now, cancellationToken);
        }

        var sql = capture.CommandText ?? throw new InvalidOperationException("PlanUsageReader's command was not captured.");
        Console.WriteLine();
        Console.WriteLine($"EXPLAIN (ANALYZE, BUFFERS) at {LargeRows:N0} rows, user {busiest} ({rowsToday} rows today; usage {usage}):");
        Console.WriteLine("-- statement as sent by PlanUsageReader (EF Core), parameters:");
        foreach (var (name, value) in capture.Parameters)
        {
            var shown = value is DateTimeOffset at ? at.ToString("O", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture);
            Console.WriteLine($"--   {name} = {shown}");
        }

        Console.WriteLine(sql);
        Console.WriteLine("-- plan:");

        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
        foreach (var (name, value) in capture.Parameters)
        {
            explain.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        var plan = new StringBuilder();
        await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                plan.AppendLine(reader.GetString(0));
            }
        }

        var text = plan.ToString();
        Console.Write(text);
        Console.WriteLine();
        var indexOnly = text.Contains("Index Only Scan using ix_system_logs_user_day", StringComparison.Ordinal);
        var indexUsed = text.Contains("ix_system_logs_user_day", StringComparison.Ordinal);
        Console.WriteLine(indexOnly
            ? "plan check: Index Only Scan using ix_system_logs_user_day"
            : indexUsed ? "plan check: ix_system_logs_user_day used, but not index-only" : "plan check: ix_system_logs_user_day NOT used");
        return indexUsed;
    }

    private static async Task VacuumAnalyzeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // VACUUM as well as ANALYZE: it sets the visibility map, without which an index-only scan still visits the heap
        // (autovacuum does the same in production; right after a bulk COPY it has not run yet).
        await using var command = new NpgsqlCommand("VACUUM (ANALYZE) system_logs; ANALYZE users; ANALYZE resumes;", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM system_logs", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }

    private static void Log(Stopwatch total, string message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{total.Elapsed.TotalSeconds,6:0.0} s] {message}"));
}
