using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Benchmarks;

/// <summary>Bulk rows for the benchmark, written with binary COPY (column names from the migrations: snake_case).</summary>
internal static class SyntheticData
{
    private const long KiB = 1024;

    public static async Task<Guid[]> CopyUsersAsync(NpgsqlConnection connection, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = new Guid[count];
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY users (id, email, normalized_email, password_hash, display_name, role, plan_code, created_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var i = 0; i < count; i++)
        {
            var createdAt = now.AddDays(-60).AddSeconds(i);
            ids[i] = Guid.CreateVersion7(createdAt);
            var email = string.Create(CultureInfo.InvariantCulture, $"bench-user-{i:00000}@bench.local");
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(ids[i], NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(email, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(email.ToUpperInvariant(), NpgsqlDbType.Varchar, cancellationToken);
            // Nobody logs in as these users; a real PBKDF2 hash per row would only slow the set-up down.
            await writer.WriteAsync("bench-not-a-real-hash", NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"Bench User {i}"), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync("User", NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(PlanCodes.Free, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(createdAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return ids;
    }

    /// <summary>
    /// <paramref name="count"/> SystemLog rows spread uniformly over the 30 days before <paramref name="now"/> and over
    /// <paramref name="userIds"/>, with the action mix the plan limits count (plus resume_created, which they do not).
    /// </summary>
    public static async Task CopySystemLogsAsync(
        NpgsqlConnection connection, Guid[] userIds, int count, DateTimeOffset now, Random random, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY system_logs (id, user_id, action, metadata, quantity, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var window = TimeSpan.FromDays(30).Ticks;
        for (var i = 0; i < count; i++)
        {
            var createdAt = now.AddTicks(-random.NextInt64(window));
            var (action, quantity, metadata) = NextAction(random);
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(Guid.CreateVersion7(createdAt), NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(userIds[random.Next(userIds.Length)], NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(action, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(metadata, NpgsqlDbType.Jsonb, cancellationToken);
            await writer.WriteAsync(quantity, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(createdAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static (string Action, long Quantity, string Metadata) NextAction(Random random)
    {
        var exportId = Guid.NewGuid();
        var roll = random.Next(100);
        if (roll < 40)
        {
            return (SystemLogActions.ExportRequested, 0, $$"""{"exportId":"{{exportId}}"}""");
        }

        if (roll < 70)
        {
            var bytes = random.NextInt64(40 * KiB, 2048 * KiB);
            return (SystemLogActions.ExportStored, bytes, string.Create(CultureInfo.InvariantCulture, $$"""{"exportId":"{{exportId}}","bytes":{{bytes}}}"""));
        }

        if (roll < 78)
        {
            var recipients = random.Next(1, 26);
            return (SystemLogActions.BulkApply, recipients, string.Create(CultureInfo.InvariantCulture, $$"""{"bulkApplyId":"{{exportId}}","recipients":{{recipients}}}"""));
        }

        return (SystemLogActions.ResumeCreated, 0, $$"""{"resumeId":"{{exportId}}"}""");
    }
}
