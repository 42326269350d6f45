using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Completed exports of <see cref="Exports"/> whose expiry has passed, oldest first.</summary>
internal sealed class InMemoryExpiredExportQueue : IExpiredExportQueue
{
    public List<Export> Exports { get; } = [];

    /// <summary>How many batches were claimed (a cleanup run claims until a batch comes back short).</summary>
    public int Claims { get; private set; }

    /// <summary>The next batch after <paramref name="after"/>, in the same order and with the same filter as the SQL one, without the locks.</summary>
    public Task<IReadOnlyList<Export>> ClaimAsync(string storageDriver, DateTimeOffset now, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        Claims++;
        IReadOnlyList<Export> batch = [.. Expired(storageDriver, now)
            .Where(e => after is null || e.ExpiresAt > after.SortedAt || (e.ExpiresAt == after.SortedAt && e.Id.CompareTo(after.Id) > 0))
            .Take(limit)];
        return Task.FromResult(batch);
    }

    public Task<IReadOnlySet<string>> FindKeysInUseAsync(
        string storageDriver, IReadOnlyCollection<string> storageKeys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlySet<string> inUse = Exports
            .Where(e => e.Status == ExportStatus.Completed && e.ExpiresAt > now && e.StorageDriver == storageDriver && e.StorageKey is not null && storageKeys.Contains(e.StorageKey))
            .Select(e => e.StorageKey!).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(inUse);
    }

    public Task<ExpiredExportsImpact> MeasureAsync(string storageDriver, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = Expired(storageDriver, now).ToList();
        var inUse = Exports.Where(e => e.Status == ExportStatus.Completed && e.ExpiresAt > now && e.StorageDriver == storageDriver)
            .Select(e => e.StorageKey).ToHashSet(StringComparer.Ordinal);
        var freed = expired.Where(e => !inUse.Contains(e.StorageKey)).DistinctBy(e => e.StorageKey).Sum(e => e.SizeBytes ?? 0);
        return Task.FromResult(new ExpiredExportsImpact(expired.Count, freed));
    }

    private IEnumerable<Export> Expired(string storageDriver, DateTimeOffset now) =>
        Exports.Where(e => e.Status == ExportStatus.Completed && e.ExpiresAt <= now && e.StorageDriver == storageDriver)
            .OrderBy(e => e.ExpiresAt).ThenBy(e => e.Id);
}
