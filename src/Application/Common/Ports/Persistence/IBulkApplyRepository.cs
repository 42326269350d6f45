using ResumeExport.Domain.BulkApplies;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IBulkApplyRepository
{
    /// <summary>The user's bulk apply with its applications, read-only; null when missing or someone else's.</summary>
    Task<BulkApply?> FindOwnedAsync(Guid bulkApplyId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Tracked, since the e-mail worker updates application statuses.</summary>
    Task<BulkApply?> FindAsync(Guid bulkApplyId, CancellationToken cancellationToken);

    void Add(BulkApply bulkApply);
}
