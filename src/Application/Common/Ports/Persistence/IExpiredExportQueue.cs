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

    /// <summary>Count and bytes <see cref="ClaimAsync"/> would find, without locking.</summary>
    Task<ExpiredExportsImpact> MeasureAsync(string storageDriver, DateTimeOffset now, CancellationToken cancellationToken);
}
