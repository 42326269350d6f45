using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.BulkApplies;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class BulkApplyRepository(AppDbContext db) : IBulkApplyRepository
{
    public Task<BulkApply?> FindOwnedAsync(Guid bulkApplyId, Guid userId, CancellationToken cancellationToken) =>
        db.Set<BulkApply>().AsNoTracking().Include(b => b.Applications)
            .FirstOrDefaultAsync(b => b.Id == bulkApplyId && b.UserId == userId, cancellationToken);

    public Task<BulkApply?> FindAsync(Guid bulkApplyId, CancellationToken cancellationToken) =>
        db.Set<BulkApply>().Include(b => b.Applications).FirstOrDefaultAsync(b => b.Id == bulkApplyId, cancellationToken);

    public void Add(BulkApply bulkApply) => db.Set<BulkApply>().Add(bulkApply);
}
