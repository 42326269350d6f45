using Mediator;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Storage;

namespace ResumeExport.Application.Exports.CleanupExpiredExports;

/// <summary>Expires exports in batches of <paramref name="BatchSize"/>, one transaction each; <paramref name="DryRun"/> only measures.</summary>
public sealed record CleanupExpiredExportsCommand(bool DryRun, int BatchSize) : ICommand<CleanupExpiredExportsResult>
{
    public const int MaxBatchSize = 10_000;
}

/// <remarks>
/// Batches claim rows with <c>FOR UPDATE SKIP LOCKED</c>, so replicas never share one. Files go before the row: a crash
/// between leaves a row the next run expires, never an orphaned file. Only this driver's exports are touched. A file that
/// exports share (decision 35) is deleted with the last of them: while a completed export expiring later uses its key,
/// only the expiring export's own preview goes. The bytes reported are the storage freed, so a shared file counts once,
/// with the export that deletes it.
/// </remarks>
public sealed class CleanupExpiredExportsCommandHandler(
    IExpiredExportQueue queue, IExportStorage storage, IUnitOfWork unitOfWork, TimeProvider clock, ILogger<CleanupExpiredExportsCommandHandler> logger)
    : ICommandHandler<CleanupExpiredExportsCommand, CleanupExpiredExportsResult>
{
    public async ValueTask<CleanupExpiredExportsResult> Handle(CleanupExpiredExportsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (command.DryRun)
        {
            var impact = await queue.MeasureAsync(storage.Driver, now, cancellationToken);
            CleanupLog.DryRun(logger, impact.Count, impact.Bytes);
            return new CleanupExpiredExportsResult(impact.Count, impact.Bytes, DryRun: true);
        }

        var count = 0;
        var bytes = 0L;
        var batches = 0;
        var skipped = 0;
        PageCursor? after = null;
        var deletedKeys = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var batch = await unitOfWork.InTransactionAsync(ct => ExpireBatchAsync(now, after, command.BatchSize, deletedKeys, ct), cancellationToken);
            batches++;
            count += batch.Expired;
            bytes += batch.Bytes;
            skipped += batch.Skipped;
            after = batch.Last;
            if (batch.Claimed < command.BatchSize)
            {
                break;
            }
        }

        CleanupLog.Completed(logger, count, bytes, batches, skipped);
        return new CleanupExpiredExportsResult(count, bytes, DryRun: false);
    }

    /// <param name="deletedKeys">Files this run deleted: bytes are the storage freed, so a shared file counts once.</param>
    private async Task<BatchOutcome> ExpireBatchAsync(
        DateTimeOffset now, PageCursor? after, int batchSize, HashSet<string> deletedKeys, CancellationToken cancellationToken)
    {
        var claimed = await queue.ClaimAsync(storage.Driver, now, after, batchSize, cancellationToken);

        // Shared files (decision 35) stay while a live export still uses them; the last one to expire deletes them.
        var keys = claimed.Where(e => e.StorageKey is not null).Select(e => e.StorageKey!).Distinct(StringComparer.Ordinal).ToList();
        var inUse = keys.Count == 0 ? new HashSet<string>() : await queue.FindKeysInUseAsync(storage.Driver, keys, now, cancellationToken);
        var expired = 0;
        var bytes = 0L;
        foreach (var export in claimed)
        {
            var freed = 0L;
            if (export.StorageKey is not null)
            {
                try
                {
                    if (!inUse.Contains(export.StorageKey) && !deletedKeys.Contains(export.StorageKey))
                    {
                        await storage.DeleteAsync(export.StorageKey, cancellationToken);
                        deletedKeys.Add(export.StorageKey);
                        freed = export.SizeBytes ?? 0;
                    }

                    if (export.PreviewStorageKey is not null)
                    {
                        await storage.DeleteAsync(export.PreviewStorageKey, cancellationToken);
                    }
                }
                catch (ExportStorageException failure)
                {
                    CleanupLog.DeleteFailed(logger, failure, export.Id, failure.Code);
                    continue;
                }
            }

            export.Expire();
            expired++;
            bytes += freed;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        var last = claimed.Count == 0 ? after : new PageCursor(claimed[^1].ExpiresAt!.Value, claimed[^1].Id);
        return new BatchOutcome(claimed.Count, expired, claimed.Count - expired, bytes, last);
    }

    private sealed record BatchOutcome(int Claimed, int Expired, int Skipped, long Bytes, PageCursor? Last);
}
