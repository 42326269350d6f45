using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Exports "in the database". <see cref="Add"/> takes effect at once (no change tracker).</summary>
internal sealed class InMemoryExportRepository : IExportRepository
{
    private readonly List<Export> stored = [];

    public List<Export> Added { get; } = [];

    /// <summary>The owner and status filter of every <see cref="ListAsync"/> call.</summary>
    public List<(Guid? UserId, ExportStatus? Status)> Listed { get; } = [];

    /// <summary>Tells whether a transaction is open when an export is added; null reads as "no".</summary>
    public Func<bool>? TransactionProbe { get; set; }

    public List<bool> AddedInTransaction { get; } = [];

    public IReadOnlyList<Export> Stored => stored;

    public void Seed(params Export[] exports) => stored.AddRange(exports);

    public Task<Export?> FindOwnedReadOnlyAsync(Guid exportId, Guid userId, CancellationToken cancellationToken) =>
        FindOwnedAsync(exportId, userId, cancellationToken);

    public Task<Export?> FindOwnedAsync(Guid exportId, Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(e => e.Id == exportId && e.UserId == userId));

    public Task<Export?> FindAsync(Guid exportId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(e => e.Id == exportId));

    public Task<Export?> FindByIdempotencyKeyAsync(Guid userId, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(e => e.UserId == userId && e.IdempotencyKey == idempotencyKey));

    public Task<IReadOnlyList<Export>> ListAsync(
        Guid? userId, ExportStatus? status, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        Listed.Add((userId, status));
        IReadOnlyList<Export> page = stored
            .Where(e => userId is null || e.UserId == userId)
            .Where(e => status is null || e.Status == status)
            .OrderByDescending(e => e.RequestedAt).ThenByDescending(e => e.Id)
            .Where(e => after is null || e.RequestedAt < after.SortedAt || (e.RequestedAt == after.SortedAt && e.Id.CompareTo(after.Id) < 0))
            .Take(limit)
            .ToArray();
        return Task.FromResult(page);
    }

    public Task<Export?> FindLatestCompletedAsync(Guid resumeId, string format, CancellationToken cancellationToken) =>
        Task.FromResult(stored
            .Where(e => e.ResumeId == resumeId && e.Format == format && e.Status == ExportStatus.Completed)
            .OrderByDescending(e => e.CompletedAt)
            .FirstOrDefault());

    public Task<Export?> FindReusableAsync(Guid userId, string renderKey, string storageDriver, DateTimeOffset expiresAfter, CancellationToken cancellationToken) =>
        Task.FromResult(stored
            .Where(e => e.UserId == userId && e.RenderKey == renderKey && e.Status == ExportStatus.Completed
                && e.StorageDriver == storageDriver && e.StorageKey is not null && e.ExpiresAt > expiresAfter)
            .OrderByDescending(e => e.ExpiresAt)
            .FirstOrDefault());

    public Task<IReadOnlyDictionary<ExportStatus, int>> CountByStatusAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<ExportStatus, int>>(
            Enum.GetValues<ExportStatus>().ToDictionary(status => status, status => stored.Count(e => e.Status == status)));

    public Task<int> CountUnfinishedAsync(CancellationToken cancellationToken) =>
        Task.FromResult(stored.Count(e => e.Status is ExportStatus.Queued or ExportStatus.Processing));

    public void Add(Export export)
    {
        Added.Add(export);
        AddedInTransaction.Add(TransactionProbe?.Invoke() ?? false);
        stored.Add(export);
    }
}
