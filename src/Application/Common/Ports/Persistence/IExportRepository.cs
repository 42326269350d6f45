using ResumeExport.Application.Common.Paging;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IExportRepository
{
    /// <summary>The user's export, tracked; null when missing or someone else's.</summary>
    Task<Export?> FindOwnedAsync(Guid exportId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The user's export, read-only; null when missing or someone else's (status polls).</summary>
    Task<Export?> FindOwnedReadOnlyAsync(Guid exportId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Any export by id, tracked (workers and admins).</summary>
    Task<Export?> FindAsync(Guid exportId, CancellationToken cancellationToken);

    Task<Export?> FindByIdempotencyKeyAsync(Guid userId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Newest first; <paramref name="userId"/> null lists everyone's (admins).</summary>
    Task<IReadOnlyList<Export>> ListAsync(Guid? userId, ExportStatus? status, PageCursor? after, int limit, CancellationToken cancellationToken);

    /// <summary>The most recent completed export of a resume in <paramref name="format"/>, if any (bulk apply reuses it).</summary>
    Task<Export?> FindLatestCompletedAsync(Guid resumeId, string format, CancellationToken cancellationToken);

    /// <summary>
    /// The user's completed export of <paramref name="storageDriver"/> with <paramref name="renderKey"/> that expires
    /// last, if it expires after <paramref name="expiresAfter"/>: the file a new export of the same render may reuse.
    /// </summary>
    Task<Export?> FindReusableAsync(Guid userId, string renderKey, string storageDriver, DateTimeOffset expiresAfter, CancellationToken cancellationToken);

    /// <summary>How many exports are in each status (every status present, zero included).</summary>
    Task<IReadOnlyDictionary<ExportStatus, int>> CountByStatusAsync(CancellationToken cancellationToken);

    /// <summary>Exports queued or processing, everyone's: the render backlog (decision 34).</summary>
    Task<int> CountUnfinishedAsync(CancellationToken cancellationToken);

    void Add(Export export);
}
