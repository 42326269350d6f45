using System.Text.Json;
using Npgsql;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// The scheduled jobs with two replicas each, ticking every 1-2 s, all at once under a light stream:
/// cleanup (both PDF workers) expires 60 exports — the expired counts both replicas log add up to exactly 60;
/// failure alerts (both PDF workers) see 60 failed exports — exactly one alert in the cooldown;
/// due plan changes (both APIs) move 20 users — exactly one scheduled <c>plan_changed</c> per user;
/// the outbox relays (all six processes) publish every message written meanwhile exactly once (counted on the taps).
/// Fails when there was nothing to race over (fewer than 60 exports to expire, no outbox row, no plan change) or a
/// replica was restarted or dead, so fewer than two replicas raced.
/// </summary>
internal sealed class ScheduledJobsCase(IReadOnlyList<SuiteUser> planChangeUsers) : IReliabilityCase
{
    private const int ExpiringExports = 60;
    private const int FailedExports = 60;

    public const string CaseName = "scheduled-jobs";

    public string Name => CaseName;

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        await context.Tap.DrainAsync(cancellationToken);
        var starts = context.Starts();
        var started = DateTimeOffset.UtcNow;
        var stream = context.StreamAsync("jobs", TimeSpan.FromSeconds(20), cancellationToken);
        var failures = new List<string>();
        var notes = new List<string>();
        var sent = 0;
        var lost = 0;
        var duplicated = 0;

        // Due plan changes: 20 downgrades to pro, due in 5 s.
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(5);
        foreach (var user in planChangeUsers)
        {
            var scheduled = await context.Api.PostAsync("/api/billing/subscription/change", user, new { planCode = "pro", scheduleAt = dueAt }, cancellationToken);
            if (!scheduled.Accepted)
            {
                failures.Add($"scheduling a plan change answered {scheduled.Status}: {scheduled.Text}");
            }
        }

        // Cleanup: 60 completed exports become expired now.
        await using var connection = await context.Auditor.OpenAsync(cancellationToken);
        var logOffsets = context.Stack.PdfWorkers.ToDictionary(w => w.Name, w => new FileInfo(w.LogFile).Length);
        var expiring = await ExpireExportsAsync(connection, cancellationToken);

        // Failure alerts: 60 failed exports in the window.
        await InsertFailedExportsAsync(connection, context.StreamUsers[0], cancellationToken);

        // Expired: every row, once.
        var allExpired = await SuiteContext.UntilAsync(
            async () => await CountAsync(connection, "SELECT count(*)::int FROM exports WHERE id = ANY(@ids) AND status = 'Expired'", expiring, cancellationToken) == expiring.Length,
            TimeSpan.FromSeconds(60), cancellationToken);
        var planChangesApplied = await SuiteContext.UntilAsync(
            async () => await CountAsync(connection, "SELECT count(*)::int FROM users WHERE id = ANY(@ids) AND plan_code = 'pro'", planChangeUsers.Select(u => u.Id).ToArray(), cancellationToken)
                == planChangeUsers.Count,
            TimeSpan.FromSeconds(60), cancellationToken);
        var alerted = await SuiteContext.UntilAsync(async () => await AlertsSinceAsync(connection, started, cancellationToken) >= 1, TimeSpan.FromSeconds(30), cancellationToken);

        // Let both replicas of every job run a few more times over the same rows.
        await Task.Delay(TimeSpan.FromSeconds(6), cancellationToken);

        // A file another live export reuses (decision 35) stays until the last of them expires: only the others must be gone.
        var stillShared = await IdsAsync(
            connection,
            "SELECT x FROM unnest(@ids) AS x WHERE EXISTS (SELECT 1 FROM exports e WHERE e.status <> 'Expired' AND e.storage_key LIKE '%' || replace(x::text, '-', '') || '%')",
            expiring, cancellationToken);
        var filesLeft = expiring.Except(stillShared).Count(id => Directory.EnumerateFiles(context.Settings.StorageDirectory, $"{id:N}.pdf", SearchOption.AllDirectories).Any());
        var (loggedExpired, jobErrors) = CleanupLogsSince(context, logOffsets);
        var expired = await CountAsync(connection, "SELECT count(*)::int FROM exports WHERE id = ANY(@ids) AND status = 'Expired'", expiring, cancellationToken);
        sent += expiring.Length;
        lost += expiring.Length - expired;
        duplicated += Math.Max(0, loggedExpired - expiring.Length);
        notes.Add($"cleanup: {expired}/{expiring.Length} expired, {filesLeft} files left ({stillShared.Count} kept for live exports that reuse them), the two replicas logged {loggedExpired} expirations in all, {jobErrors} job errors");
        if (expiring.Length != ExpiringExports)
        {
            failures.Add($"only {expiring.Length} of {ExpiringExports} completed exports could be made expired: the cleanup was not put to the test");
        }

        if (!allExpired || expired != expiring.Length || filesLeft > 0 || loggedExpired != expiring.Length || jobErrors > 0)
        {
            failures.Add("cleanup did not expire every row exactly once");
        }

        var alerts = await AlertsSinceAsync(connection, started, cancellationToken);
        sent++;
        lost += alerts == 0 ? 1 : 0;
        duplicated += Math.Max(0, alerts - 1);
        notes.Add($"failure alerts: {alerts} alert(s) written for {FailedExports} failed exports (expected exactly 1 per cooldown)");
        if (!alerted || alerts != 1)
        {
            failures.Add("failure alerts did not fire exactly once");
        }

        var changes = await ScheduledChangesAsync(connection, planChangeUsers, cancellationToken);
        sent += planChangeUsers.Count;
        lost += changes.Count(c => c == 0);
        duplicated += changes.Sum(c => Math.Max(0, c - 1));
        notes.Add($"due plan changes: {changes.Count(c => c == 1)}/{planChangeUsers.Count} users moved by exactly one scheduled change");
        if (!planChangesApplied || changes.Any(c => c != 1))
        {
            failures.Add("due plan changes were not applied exactly once per user");
        }

        var work = await stream;
        var (audit, _, publishes) = await context.FinishAsync(work, cancellationToken);
        var relay = await RelayOnceAsync(publishes, connection, started, cancellationToken);
        sent += relay.Rows + audit.Sent;
        lost += relay.Missing + audit.Lost;
        duplicated += relay.Extra + audit.Duplicated;
        notes.Add($"outbox relays: {relay.Once}/{relay.Rows} messages written meanwhile published exactly once ({relay.Extra} extra publishes, {relay.Missing} not seen)");
        if (relay.Once != relay.Rows)
        {
            failures.Add("the relays did not publish every outbox row exactly once");
        }

        if (relay.Rows == 0 || planChangeUsers.Count == 0)
        {
            failures.Add($"nothing to race over ({relay.Rows} outbox rows, {planChangeUsers.Count} plan changes): the jobs were not put to the test");
        }

        // Two replicas of every job must have been running for the whole case, or no race was run.
        failures.AddRange(context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}"));

        var result = CaseResult.From(Name, audit, null, failures, notes);
        return result with { Passed = result.Passed && lost == 0 && duplicated == 0, Sent = sent, Completed = sent - lost, Lost = lost, Duplicated = duplicated };
    }

    private static async Task<Guid[]> ExpireExportsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            UPDATE exports SET expires_at = now() - interval '1 minute'
            WHERE id IN (SELECT id FROM exports WHERE status = 'Completed' AND storage_driver = 'local' ORDER BY completed_at LIMIT {ExpiringExports})
            RETURNING id
            """, connection);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return [.. ids];
    }

    private static async Task InsertFailedExportsAsync(NpgsqlConnection connection, SuiteUser user, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO exports (id, user_id, resume_id, format, page_size, status, delivery, attempts, retries, error_code, error_message, requested_at, completed_at)
            SELECT gen_random_uuid(), @user, @resume, 'pdf', 'A4', 'Failed', 'Download', 1, 0, 'render_failed', 'injected by the reliability suite', now(), now()
            FROM generate_series(1, {FailedExports})
            """, connection);
        command.Parameters.AddWithValue("user", user.Id);
        command.Parameters.AddWithValue("resume", user.ResumeId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> AlertsSinceAsync(NpgsqlConnection connection, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT count(*)::int FROM system_logs WHERE action = 'export_failure_alert' AND created_at >= @since", connection);
        command.Parameters.AddWithValue("since", since);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<int[]> ScheduledChangesAsync(NpgsqlConnection connection, IReadOnlyList<SuiteUser> users, CancellationToken cancellationToken)
    {
        var counts = users.ToDictionary(u => u.Id, _ => 0);
        await using var command = new NpgsqlCommand("""
            SELECT user_id, count(*)::int FROM system_logs
            WHERE action = 'plan_changed' AND metadata->>'source' = 'scheduled' AND user_id = ANY(@ids) GROUP BY user_id
            """, connection);
        command.Parameters.AddWithValue("ids", users.Select(u => u.Id).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetGuid(0)] = reader.GetInt32(1);
        }

        return [.. counts.Values];
    }

    private static async Task<(int Rows, int Once, int Extra, int Missing)> RelayOnceAsync(
        Dictionary<Guid, int> publishes, NpgsqlConnection connection, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM outbox_messages WHERE created_at >= @since", connection);
        command.Parameters.AddWithValue("since", since);
        var rows = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(reader.GetGuid(0));
            }
        }

        var counts = rows.Select(id => publishes.GetValueOrDefault(id)).ToArray();
        return (rows.Count, counts.Count(c => c == 1), counts.Sum(c => Math.Max(0, c - 1)), counts.Count(c => c == 0));
    }

    /// <summary>Expirations the PDF replicas logged (EventId 4102, its Count) since the offsets, and scheduled-job failures logged.</summary>
    private static (int Expired, int JobErrors) CleanupLogsSince(SuiteContext context, IReadOnlyDictionary<string, long> offsets)
    {
        var expired = 0;
        var errors = 0;
        foreach (var worker in context.Stack.PdfWorkers)
        {
            using var stream = new FileStream(worker.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Seek(offsets[worker.Name], SeekOrigin.Begin);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains("Scheduled job", StringComparison.Ordinal) && line.Contains("failed", StringComparison.Ordinal))
                {
                    errors++;
                }

                if (!line.StartsWith('{') || !line.Contains("\"EventId\":4102", StringComparison.Ordinal))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("State", out var state) && state.TryGetProperty("Count", out var count))
                {
                    expired += count.ValueKind == JsonValueKind.Number ? count.GetInt32() : int.Parse(count.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        return (expired, errors);
    }

    private static async Task<IReadOnlyCollection<Guid>> IdsAsync(NpgsqlConnection connection, string sql, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        var found = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetGuid(0));
        }

        return found;
    }

    private static async Task<int> CountAsync(NpgsqlConnection connection, string sql, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
