using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Infrastructure.Persistence.Repositories;

internal sealed class EmailJobRepository(AppDbContext db) : IEmailJobRepository
{
    public Task<EmailJob?> FindAsync(Guid jobId, CancellationToken cancellationToken) =>
        db.EmailJobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);

    public void Add(EmailJob job) => db.EmailJobs.Add(job);
}
