using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.BulkApplies;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Bulk applies "in the database". <see cref="Add"/> takes effect at once (no change tracker).</summary>
internal sealed class InMemoryBulkApplyRepository : IBulkApplyRepository
{
    private readonly List<BulkApply> stored = [];

    public List<BulkApply> Added { get; } = [];

    public void Seed(params BulkApply[] bulkApplies) => stored.AddRange(bulkApplies);

    public Task<BulkApply?> FindOwnedAsync(Guid bulkApplyId, Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(b => b.Id == bulkApplyId && b.UserId == userId));

    public Task<BulkApply?> FindAsync(Guid bulkApplyId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(b => b.Id == bulkApplyId));

    public void Add(BulkApply bulkApply)
    {
        Added.Add(bulkApply);
        stored.Add(bulkApply);
    }
}
