using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class ShareLinkRepository(AppDbContext db) : IShareLinkRepository
{
    public async Task<IReadOnlyList<ShareLink>> ListOwnedAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken) =>
        await db.Set<ShareLink>().AsNoTracking().Where(l => l.ResumeId == resumeId && l.UserId == userId)
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id).ToListAsync(cancellationToken);

    public Task<ShareLink?> FindOwnedAsync(Guid linkId, Guid resumeId, Guid userId, CancellationToken cancellationToken) =>
        db.Set<ShareLink>().FirstOrDefaultAsync(l => l.Id == linkId && l.ResumeId == resumeId && l.UserId == userId, cancellationToken);

    public Task<ShareLink?> FindByTokenHashAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        db.Set<ShareLink>().AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == tokenHash, cancellationToken);

    public Task CountViewAsync(Guid linkId, CancellationToken cancellationToken) =>
        db.Set<ShareLink>().Where(l => l.Id == linkId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ViewCount, l => l.ViewCount + 1), cancellationToken);

    public Task CountDownloadAsync(Guid linkId, CancellationToken cancellationToken) =>
        db.Set<ShareLink>().Where(l => l.Id == linkId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.DownloadCount, l => l.DownloadCount + 1), cancellationToken);

    public void Add(ShareLink link) => db.Set<ShareLink>().Add(link);
}
