using Npgsql;

namespace ResumeExport.Reliability;

/// <summary>
/// The audit queries every case ends with, against the suite's PostgreSQL, the storage directory and the SMTP catcher:
/// every accepted export completed exactly once (one <c>export_stored</c> record, one stored object), every e-mail job of
/// the case sent and received exactly once (by Message-ID = job id), and no row left non-terminal.
/// </summary>
internal sealed class Auditor(SuiteSettings settings, SmtpCatcher catcher)
{
    private readonly string connectionString = settings.AdminConnectionString("reliability-audit");

    /// <summary>Waits until every export and e-mail job of <paramref name="work"/> is terminal, or the drain timeout passes.</summary>
    public async Task<bool> WaitDrainedAsync(SentWork work, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + settings.DrainTimeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                var (exports, jobs) = await PendingAsync(work, cancellationToken);
                if (exports == 0 && jobs == 0)
                {
                    return true;
                }
            }
            catch (NpgsqlException)
            {
                // the database may still be coming back
            }

            await Task.Delay(1000, cancellationToken);
        }

        return false;
    }

    public async Task<AuditResult> AuditAsync(SentWork work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var exportIds = await CaseExportIdsAsync(connection, work, cancellationToken);
        var bulkIds = work.BulkApplies.ToArray();

        var exports = new Dictionary<Guid, (string Status, string? Key, string? Driver)>();
        await using (var command = new NpgsqlCommand("SELECT id, status, storage_key, storage_driver FROM exports WHERE id = ANY(@ids)", connection))
        {
            command.Parameters.AddWithValue("ids", exportIds);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                exports[reader.GetGuid(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            }
        }

        // A render reused from an earlier export of the same version (decision 35) is recorded as export_reused instead.
        var stored = await CountByIdAsync(connection, """
            SELECT (metadata->>'exportId')::uuid, count(*)::int FROM system_logs
            WHERE action IN ('export_stored', 'export_reused') AND (metadata->>'exportId')::uuid = ANY(@ids) GROUP BY 1
            """, exportIds, cancellationToken);

        var completed = 0;
        var lost = new List<string>();
        var duplicated = 0;
        foreach (var id in exportIds)
        {
            if (!exports.TryGetValue(id, out var row))
            {
                lost.Add($"export {id} missing");
                continue;
            }

            var records = stored.GetValueOrDefault(id);
            var objects = row.Key is null ? 0 : File.Exists(StoredObjectPath(row.Driver, row.Key)) ? 1 : 0;
            if (row.Status == "Completed" && records >= 1 && objects == 1)
            {
                completed++;
            }
            else
            {
                lost.Add($"export {id} {row.Status} (stored records {records}, objects {objects})");
            }

            if (records > 1)
            {
                duplicated += records - 1;
                lost.Add($"DUPLICATE: export {id} recorded as stored {records}×");
            }
        }

        // Every e-mail job of the case: e-mailed exports (exactly one job each) and bulk applications.
        var jobs = new List<(Guid Id, string Status, Guid? ExportId, string Reason)>();
        await using (var command = new NpgsqlCommand(
            "SELECT id, status, export_id, reason FROM email_jobs WHERE (export_id = ANY(@emailed) AND reason = 'FreeTierExport') OR bulk_apply_id = ANY(@bulk)", connection))
        {
            command.Parameters.AddWithValue("emailed", work.Exports.Where(e => e.Emailed).Select(e => e.Id).ToArray());
            command.Parameters.AddWithValue("bulk", bulkIds);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                jobs.Add((reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetString(3)));
            }
        }

        var expectedApplications = await ScalarAsync(connection, "SELECT count(*)::int FROM bulk_applications WHERE bulk_apply_id = ANY(@ids)", bulkIds, cancellationToken);
        var expectedMails = work.Exports.Count(e => e.Emailed) + expectedApplications;
        // Bulk applications point at the PDF they attach (which may be an e-mailed export of the case): count only export mails.
        var jobsPerEmailedExport = jobs.Where(j => j.Reason == "FreeTierExport" && j.ExportId is not null)
            .GroupBy(j => j.ExportId).ToDictionary(g => g.Key!.Value, g => g.Count());
        foreach (var (exportId, count) in jobsPerEmailedExport.Where(j => j.Value > 1))
        {
            duplicated += count - 1;
            lost.Add($"DUPLICATE: {count} e-mail jobs for e-mailed export {exportId}");
        }

        foreach (var missing in work.Exports.Where(e => e.Emailed && !jobsPerEmailedExport.ContainsKey(e.Id)))
        {
            lost.Add($"no e-mail job for e-mailed export {missing.Id}");
        }

        var delivered = 0;
        foreach (var job in jobs)
        {
            var received = catcher.CountsByMessageId.GetValueOrDefault(MessageIdOf(job.Id));
            if (job.Status == "Sent" && received == 1)
            {
                delivered++;
            }
            else if (received == 0 || job.Status != "Sent")
            {
                lost.Add($"e-mail job {job.Id} ({job.Reason}) {job.Status}, received {received}×");
            }

            if (received > 1)
            {
                duplicated += received - 1;
                lost.Add($"DUPLICATE: e-mail job {job.Id} ({job.Reason}) received {received}×");
            }
        }

        return new AuditResult(
            ExportsSent: exportIds.Length,
            ExportsCompleted: completed,
            MailsSent: expectedMails,
            MailsDelivered: delivered,
            Lost: (exportIds.Length - completed) + (expectedMails - delivered),
            Duplicated: duplicated,
            Problems: lost,
            StuckOverall: await StuckOverallAsync(connection, cancellationToken));
    }

    /// <summary>E-mail jobs of <paramref name="work"/> sent on a later attempt than their first: each met a failure (an outage) before it went out.</summary>
    public async Task<int> SentAfterAFailedAttemptAsync(SentWork work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT count(*)::int FROM email_jobs
            WHERE status = 'Sent' AND attempts > 1 AND ((export_id = ANY(@emailed) AND reason = 'FreeTierExport') OR bulk_apply_id = ANY(@bulk))
            """, connection);
        command.Parameters.AddWithValue("emailed", work.Exports.Where(e => e.Emailed).Select(e => e.Id).ToArray());
        command.Parameters.AddWithValue("bulk", work.BulkApplies.ToArray());
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The first export accepted at or after <paramref name="since"/> that completed, as its completion time.</summary>
    public async Task<DateTimeOffset?> FirstCompletionOfExportAcceptedAfterAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT min(completed_at) FROM exports WHERE status = 'Completed' AND requested_at >= @since", connection);
        command.Parameters.AddWithValue("since", since);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime completed ? new DateTimeOffset(completed, TimeSpan.Zero) : null;
    }

    /// <summary>The first export completed after <paramref name="since"/>, whenever it was requested.</summary>
    public async Task<DateTimeOffset?> FirstCompletionAfterAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT min(completed_at) FROM exports WHERE status = 'Completed' AND completed_at > @since", connection);
        command.Parameters.AddWithValue("since", since);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime completed ? new DateTimeOffset(completed, TimeSpan.Zero) : null;
    }

    /// <summary>
    /// Where the stored object of <paramref name="key"/> lies: the local storage directory, or the s3rver directory of the
    /// <c>s3-errors-stall</c> case (s3rver keeps each object as <c>&lt;bucket&gt;/&lt;key&gt;._S3rver_object</c>).
    /// </summary>
    public string StoredObjectPath(string? driver, string key) =>
        driver == "s3" ? S3Server.ObjectPath(settings, key) : Path.Combine(settings.StorageDirectory, key);

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>The Message-ID the e-mail worker gives the mail of an e-mail job (without angle brackets).</summary>
    public static string MessageIdOf(Guid jobId) => $"{jobId:N}@reliability.test";

    private static async Task<Guid[]> CaseExportIdsAsync(NpgsqlConnection connection, SentWork work, CancellationToken cancellationToken)
    {
        // A bulk apply reuses a finished PDF or queues a new export: those count as the case's exports too.
        var ids = work.Exports.Select(e => e.Id).ToHashSet();
        await using var command = new NpgsqlCommand("SELECT export_id FROM bulk_applies WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", work.BulkApplies.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return [.. ids];
    }

    private async Task<(int Exports, int Jobs)> PendingAsync(SentWork work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var exportIds = await CaseExportIdsAsync(connection, work, cancellationToken);
        var exports = await ScalarAsync(connection, "SELECT count(*)::int FROM exports WHERE id = ANY(@ids) AND status IN ('Queued', 'Processing')", exportIds, cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*)::int FROM email_jobs WHERE status = 'Queued' AND (export_id = ANY(@exports) OR bulk_apply_id = ANY(@bulk))", connection);
        command.Parameters.AddWithValue("exports", exportIds);
        command.Parameters.AddWithValue("bulk", work.BulkApplies.ToArray());
        var jobs = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        return (exports, jobs);
    }

    /// <summary>Rows of the whole database still in a non-terminal state (after a drain there should be none), by kind.</summary>
    private static async Task<string> StuckOverallAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM exports WHERE status IN ('Queued', 'Processing'))::int,
                   (SELECT count(*) FROM email_jobs WHERE status = 'Queued')::int,
                   (SELECT count(*) FROM bulk_applications WHERE status = 'Queued')::int,
                   (SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL)::int
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (exports, jobs, applications, outbox) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        return exports + jobs + applications + outbox == 0
            ? string.Empty
            : $"non-terminal rows: {exports} exports, {jobs} e-mail jobs, {applications} bulk applications, {outbox} unsent outbox messages";
    }

    private static async Task<Dictionary<Guid, int>> CountByIdAsync(NpgsqlConnection connection, string sql, Guid[] ids, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<Guid, int>();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetGuid(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    private static async Task<int> ScalarAsync(NpgsqlConnection connection, string sql, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", ids);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
