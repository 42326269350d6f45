using ResumeExport.Application.Common.Paging;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IEmailJobRepository
{
    Task<EmailJob?> FindAsync(Guid jobId, CancellationToken cancellationToken);

    /// <summary>Newest first. <paramref name="userId"/> null lists everyone's (admins).</summary>
    Task<IReadOnlyList<EmailJob>> ListAsync(Guid? userId, EmailJobStatus? status, PageCursor? after, int limit, CancellationToken cancellationToken);

    /// <summary>Queued bulk-application e-mails waiting for this export's PDF (tracked for changes).</summary>
    Task<IReadOnlyList<EmailJob>> ListWaitingForExportAsync(Guid exportId, CancellationToken cancellationToken);

    void Add(EmailJob job);
}
