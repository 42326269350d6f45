using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Common.Ports;

public interface IEmailJobRepository
{
    Task<EmailJob?> FindAsync(Guid jobId, CancellationToken cancellationToken);

    void Add(EmailJob job);
}
