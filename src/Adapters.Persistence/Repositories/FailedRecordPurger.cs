using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Adapters.Persistence.Repositories;

/// <summary>Set-based deletes in batches, so a large backlog never holds one long transaction.</summary>
internal sealed class FailedRecordPurger(AppDbContext db) : IFailedRecordPurger
{
    public async Task<(int Exports, int EmailJobs)> PurgeOlderThanAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        int exports = 0, emailJobs = 0, deleted;
        do
        {
            var batch = db.Exports.Where(e => e.Status == ExportStatus.Failed && e.CompletedAt < cutoff).OrderBy(e => e.CompletedAt).Select(e => e.Id).Take(batchSize);
            deleted = await db.Exports.Where(e => batch.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            exports += deleted;
        }
        while (deleted == batchSize);

        do
        {
            var batch = db.EmailJobs.Where(j => j.Status == EmailJobStatus.Failed && j.CreatedAt < cutoff).OrderBy(j => j.CreatedAt).Select(j => j.Id).Take(batchSize);
            deleted = await db.EmailJobs.Where(j => batch.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
            emailJobs += deleted;
        }
        while (deleted == batchSize);

        return (exports, emailJobs);
    }
}
