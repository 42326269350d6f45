using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class EmailJobRepository(AppDbContext db) : IEmailJobRepository
{
    public Task<EmailJob?> FindAsync(Guid jobId, CancellationToken cancellationToken) =>
        db.EmailJobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);

    public async Task<IReadOnlyList<EmailJob>> ListAsync(Guid? userId, EmailJobStatus? status, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var query = db.EmailJobs.AsNoTracking();
        if (userId is not null)
        {
            query = query.Where(j => j.UserId == userId);
        }

        if (status is not null)
        {
            query = query.Where(j => j.Status == status);
        }

        if (after is not null)
        {
            query = query.Where(j => j.CreatedAt < after.SortedAt || (j.CreatedAt == after.SortedAt && j.Id.CompareTo(after.Id) < 0));
        }

        return await query.OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EmailJob>> ListWaitingForExportAsync(Guid exportId, CancellationToken cancellationToken) =>
        await db.EmailJobs
            .Where(j => j.ExportId == exportId && j.Reason == EmailReason.BulkApply && j.Status == EmailJobStatus.Queued && j.Attempts == 0)
            .ToListAsync(cancellationToken);

    public void Add(EmailJob job) => db.EmailJobs.Add(job);
}
