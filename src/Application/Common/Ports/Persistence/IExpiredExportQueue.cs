using ResumeExport.Application.Common.Paging;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>Expired exports for the cleanup job; <see cref="ClaimAsync"/> skips rows another replica holds, so replicas share the work.</summary>
public interface IExpiredExportQueue
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> completed exports stored by <paramref name="storageDriver"/> that expire at or
    /// before <paramref name="now"/>, oldest expiry first and after <paramref name="after"/> (expiry, id), tracked and
    /// locked until the caller's transaction ends (<c>FOR UPDATE SKIP LOCKED</c>): it must run inside
    /// <see cref="IUnitOfWork.InTransactionAsync"/>. Exports claimed by an earlier call of the same scope are no longer tracked.
    /// </summary>
    Task<IReadOnlyList<Export>> ClaimAsync(string storageDriver, DateTimeOffset now, PageCursor? after, int limit, CancellationToken cancellationToken);

    /// <summary>How many exports <see cref="ClaimAsync"/> would find in all, and their stored bytes, without locking or changing anything.</summary>
    Task<ExpiredExportsImpact> MeasureAsync(string storageDriver, DateTimeOffset now, CancellationToken cancellationToken);
}
