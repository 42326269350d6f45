using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Exports.CleanupExpiredExports;

/// <summary>Expired-export queue over a list: the same filter and order as the SQL one, without the locks.</summary>
internal sealed class InMemoryExpiredExportQueue : IExpiredExportQueue
{
    public List<Export> Exports { get; } = [];

    public int Claims { get; private set; }

    public Task<IReadOnlyList<Export>> ClaimAsync(string storageDriver, DateTimeOffset now, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        Claims++;
        IReadOnlyList<Export> batch = [.. Expired(storageDriver, now)
            .Where(e => after is null || e.ExpiresAt > after.SortedAt || (e.ExpiresAt == after.SortedAt && e.Id.CompareTo(after.Id) > 0))
            .Take(limit)];
        return Task.FromResult(batch);
    }

    public Task<ExpiredExportsImpact> MeasureAsync(string storageDriver, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = Expired(storageDriver, now).ToList();
        return Task.FromResult(new ExpiredExportsImpact(expired.Count, expired.Sum(e => e.SizeBytes ?? 0)));
    }

    private IEnumerable<Export> Expired(string storageDriver, DateTimeOffset now) =>
        Exports.Where(e => e.Status == ExportStatus.Completed && e.ExpiresAt <= now && e.StorageDriver == storageDriver)
            .OrderBy(e => e.ExpiresAt).ThenBy(e => e.Id);
}

/// <summary>Storage that records each delete with the export's status at that moment, and can refuse chosen keys.</summary>
internal sealed class RecordingExportStorage(Func<string, ExportStatus?> statusOfKey) : IExportStorage
{
    public string Driver => "local";

    public HashSet<string> Files { get; } = [];

    public HashSet<string> FailingKeys { get; } = [];

    public List<(string Key, ExportStatus? StatusWhenDeleted)> Deletes { get; } = [];

    public Task SaveAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        Files.Add(key);
        return Task.CompletedTask;
    }

    public Task<StoredFileAccess> OpenAsync(string key, string downloadFileName, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(Files.Contains(key));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (FailingKeys.Contains(key))
        {
            throw new ExportPipelineException(ExportErrorCodes.StorageFailed, "The bucket is unreachable.", transient: true);
        }

        Deletes.Add((key, statusOfKey(key)));
        Files.Remove(key);
        return Task.CompletedTask;
    }
}

internal static class ExpiringExports
{
    /// <summary>A completed export of <paramref name="sizeBytes"/> whose 7-day retention ends at <paramref name="expiresAt"/>.</summary>
    /// <param name="withPreview">Completed with a preview stored beside the PDF (exports made before previews have none).</param>
    public static Export Completed(DateTimeOffset expiresAt, long sizeBytes = 1000, string driver = "local", bool withPreview = false)
    {
        var completedAt = expiresAt.AddDays(-7);
        var userId = Guid.NewGuid();
        var export = Export.Request(userId, Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, completedAt.AddMinutes(-1));
        export.StartAttempt();
        export.Complete(driver, ExportStorageKeys.For(userId, export.Id), sizeBytes, 7, completedAt,
            withPreview ? ExportStorageKeys.PreviewFor(userId, export.Id) : null);
        return export;
    }
}
