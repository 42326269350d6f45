using System.Security.Cryptography;
using Npgsql;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// The local storage volume (a tmpfs of its own, <see cref="StorageVolume"/>) is full for 30 s mid-stream: shrunk to what
/// it holds and topped up with a ballast file until writes fail with ENOSPC; then the ballast goes and the volume grows
/// back. Proves: the PDF workers' saves fail transiently (ENOSPC), the exports wait and complete exactly once after;
/// a partial file is never left behind or kept (no temp file left on the volume, every completed export's file has the
/// size and SHA-256 its row records), and readiness said ready throughout. Fails when the volume was never full (a write
/// of one byte did not fail with ENOSPC) or no save of a PDF worker met ENOSPC.
/// </summary>
internal sealed class DiskFullCase(Func<StorageVolume?> volume) : IReliabilityCase
{
    public const string CaseName = "disk-full";
    private const string NoSpace = "No space left on device";
    private static readonly TimeSpan Full = TimeSpan.FromSeconds(30);

    public string Name => CaseName;

    public async Task<CaseResult> RunAsync(SuiteContext context, CancellationToken cancellationToken)
    {
        var storage = volume() ?? throw new InvalidOperationException("the storage volume is not mounted (the suite mounts it when disk-full runs)");
        var starts = context.Starts();
        var offsets = context.Stack.PdfWorkers.ToDictionary(w => w.Name, w => new FileInfo(w.LogFile).Length);
        var churn = ResumeChurn.RunAsync(context.Api, context.StreamUsers, context.Settings.StreamDuration, cancellationToken);
        var stream = context.StreamAsync("disk", context.Settings.StreamDuration, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(8), cancellationToken);
        context.Say($"{Name}: filling the storage volume for {Full.TotalSeconds:0} s");
        var readiness = ReadinessWatch.Start(context.Stack, cancellationToken);
        var full = await storage.FillAsync(cancellationToken);
        var filledAt = DateTimeOffset.UtcNow;
        await Task.Delay(Full / 2, cancellationToken);
        var stillFull = storage.WriteFailsWithNoSpace();
        await Task.Delay(Full / 2, cancellationToken);
        await storage.FreeAsync(cancellationToken);
        var freedAt = DateTimeOffset.UtcNow;
        await readiness.StopAsync();
        context.Say($"{Name}: the storage volume has room again after {(freedAt - filledAt).TotalSeconds:0.0} s ({storage.FreeBytes / (1024 * 1024)} MiB free)");

        var work = await stream;
        var edits = await churn;
        var (audit, transport, _) = await context.FinishAsync(work, cancellationToken);
        var recovered = await context.Auditor.FirstCompletionAfterAsync(freedAt, cancellationToken);
        var failedSaves = context.Stack.PdfWorkers.Sum(w => LogLines.CountSince(w.LogFile, offsets[w.Name], NoSpace));
        var leftovers = storage.LeftoverTempFiles();
        var (checkedFiles, badFiles) = await CheckStoredFilesAsync(context, work, cancellationToken);

        var failures = context.RestartedOrDead(starts).Select(r => $"replica restarted or dead: {r}").ToList();
        if (!full || !stillFull)
        {
            failures.Add($"the storage volume was not full (a one-byte write failed with ENOSPC at the fill: {full}, halfway: {stillFull}): the fault did not land");
        }

        if (failedSaves == 0)
        {
            failures.Add("no PDF worker's save met ENOSPC: the full disk met no export");
        }

        if (leftovers.Count > 0)
        {
            failures.Add($"{leftovers.Count} temp file(s) left on the volume, e.g. {leftovers[0]}");
        }

        failures.AddRange(badFiles.Take(5));
        if (readiness.Failure("while the disk was full") is { } lie)
        {
            failures.Add(lie);
        }

        return CaseResult.From(Name, audit, recovered is { } at ? at - freedAt : null, failures,
            [
                $"volume full for {(freedAt - filledAt).TotalSeconds:0.0} s (one-byte writes failed with ENOSPC at the fill and halfway: {full && stillFull}); " +
                $"{failedSaves} PDF worker log lines with ENOSPC; {leftovers.Count} temp files left; {checkedFiles - badFiles.Count}/{checkedFiles} stored files match their row's size and SHA-256; " +
                $"{readiness.Summary}; {edits} resume edits meanwhile (so exports render anew); recovery = from the room back to the next completed export",
                transport,
            ]);
    }

    /// <summary>Every completed local export of the case: its file has the size and SHA-256 its row records (no partial file kept).</summary>
    private static async Task<(int Checked, List<string> Bad)> CheckStoredFilesAsync(SuiteContext context, SentWork work, CancellationToken cancellationToken)
    {
        await using var connection = await context.Auditor.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT id, storage_key, size_bytes, file_sha256 FROM exports
            WHERE id = ANY(@ids) AND status = 'Completed' AND storage_driver = 'local' AND storage_key IS NOT NULL
            """, connection);
        command.Parameters.AddWithValue("ids", work.Exports.Select(e => e.Id).ToArray());
        var bad = new List<string>();
        var count = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            count++;
            var (id, key, size, sha) = (reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            var path = Path.Combine(context.Settings.StorageDirectory, key);
            if (!File.Exists(path))
            {
                continue;   // the audit reports a missing object
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (bytes.Length != size || (sha is not null && !string.Equals(sha.Trim(), hash, StringComparison.OrdinalIgnoreCase)))
            {
                bad.Add($"export {id}: stored file of {bytes.Length} bytes (sha256 {hash[..12]}…) but its row says {size} bytes (sha256 {sha?[..12]}…): a partial file");
            }
        }

        return (count, bad);
    }
}
