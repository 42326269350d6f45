using ResumeExport.Application.Common.Paging;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary><see cref="ClaimAsync"/> skips rows another replica holds, so replicas share the work.</summary>
public interface IExpiredExportQueue
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> expired exports of <paramref name="storageDriver"/>, oldest first after
    /// <paramref name="after"/>, with <c>FOR UPDATE SKIP LOCKED</c>; run inside <see cref="IUnitOfWork.InTransactionAsync"/>.
    /// Earlier claims of the same scope are no longer tracked.
    /// </summary>
    Task<IReadOnlyList<Export>> ClaimAsync(string storageDriver, DateTimeOffset now, PageCursor? after, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Which of <paramref name="storageKeys"/> a completed export of <paramref name="storageDriver"/> expiring after
    /// <paramref name="now"/> still uses (exports share files, decision 35): those files must stay. One query.
    /// </summary>
    Task<IReadOnlySet<string>> FindKeysInUseAsync(string storageDriver, IReadOnlyCollection<string> storageKeys, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Count of the exports <see cref="ClaimAsync"/> would find, and the bytes expiring them frees (a shared file once,
    /// none a live export still uses), without locking.
    /// </summary>
    Task<ExpiredExportsImpact> MeasureAsync(string storageDriver, DateTimeOffset now, CancellationToken cancellationToken);
}
