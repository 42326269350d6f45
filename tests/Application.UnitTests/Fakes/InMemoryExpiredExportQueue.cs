using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Completed exports of <see cref="Exports"/> whose expiry has passed, oldest first.</summary>
internal sealed class InMemoryExpiredExportQueue : IExpiredExportQueue
{
    public List<Export> Exports { get; } = [];

    public Task<IReadOnlyList<Export>> ClaimAsync(string storageDriver, DateTimeOffset now, PageCursor? after, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Export>>([.. Expired(storageDriver, now).Take(limit)]);

    public Task<ExpiredExportsImpact> MeasureAsync(string storageDriver, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = Expired(storageDriver, now).ToArray();
        return Task.FromResult(new ExpiredExportsImpact(expired.Length, expired.Sum(e => e.SizeBytes ?? 0)));
    }

    private IEnumerable<Export> Expired(string storageDriver, DateTimeOffset now) =>
        Exports
            .Where(e => e.Status == ExportStatus.Completed && e.StorageDriver == storageDriver && e.ExpiresAt <= now)
            .OrderBy(e => e.ExpiresAt).ThenBy(e => e.Id);
}
