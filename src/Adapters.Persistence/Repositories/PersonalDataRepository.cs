using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.ShareLinks;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Users;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class PersonalDataRepository(AppDbContext db) : IPersonalDataRepository
{
    public async Task<PersonalData> ReadAsync(Guid userId, CancellationToken cancellationToken) =>
        new(
            await db.Set<Resume>().AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken),
            await db.Set<Export>().AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.RequestedAt).ToListAsync(cancellationToken),
            await db.Set<BulkApply>().AsNoTracking().Include(b => b.Applications).Where(b => b.UserId == userId).OrderBy(b => b.CreatedAt)
                .AsSplitQuery().ToListAsync(cancellationToken),
            await db.Set<EmailJob>().AsNoTracking().Where(j => j.UserId == userId).OrderBy(j => j.CreatedAt).ToListAsync(cancellationToken),
            await db.Set<Subscription>().AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken),
            await db.Set<ResumeVersion>().AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.ResumeId).ThenBy(v => v.Version)
                .ToListAsync(cancellationToken),
            await db.Set<ShareLink>().AsNoTracking().Where(l => l.UserId == userId).OrderBy(l => l.CreatedAt).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<StoredExportFile>> ListExportFilesAsync(Guid userId, CancellationToken cancellationToken)
    {
        var exports = await db.Set<Export>().AsNoTracking()
            .Where(e => e.UserId == userId && e.StorageDriver != null && (e.StorageKey != null || e.PreviewStorageKey != null))
            .Select(e => new { e.Id, e.StorageDriver, e.StorageKey, e.PreviewStorageKey })
            .ToListAsync(cancellationToken);
        return [.. exports.SelectMany(e => new[] { e.StorageKey, e.PreviewStorageKey }
            .OfType<string>()
            .Select(key => new StoredExportFile(e.Id, e.StorageDriver!, key)))];
    }

    // Children first, each by the user's id, so the counts are true and nothing rests on the foreign keys' cascades.
    public async Task<ErasedRows> EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        var bulkApplyIds = db.Set<BulkApply>().Where(b => b.UserId == userId).Select(b => b.Id);
        await db.Set<BulkApplication>().Where(a => bulkApplyIds.Contains(a.BulkApplyId)).ExecuteDeleteAsync(cancellationToken);
        var emailJobs = await db.Set<EmailJob>().Where(j => j.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var bulkApplies = await db.Set<BulkApply>().Where(b => b.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var exports = await db.Set<Export>().Where(e => e.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var resumeVersions = await db.Set<ResumeVersion>().Where(v => v.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var shareLinks = await db.Set<ShareLink>().Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var resumes = await db.Set<Resume>().Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var auditRows = await db.Set<SystemLog>().Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Subscription>().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var deletedUsers = await db.Set<User>().Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        return new ErasedRows(resumes, exports, bulkApplies, emailJobs, auditRows, deletedUsers, resumeVersions, shareLinks);
    }
}
