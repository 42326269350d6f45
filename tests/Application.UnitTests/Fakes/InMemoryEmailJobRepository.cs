using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>E-mail jobs "in the database". <see cref="Add"/> takes effect at once (no change tracker).</summary>
internal sealed class InMemoryEmailJobRepository : IEmailJobRepository
{
    private readonly List<EmailJob> stored = [];

    public List<EmailJob> Added { get; } = [];

    public IReadOnlyList<EmailJob> Stored => stored;

    public void Seed(params EmailJob[] jobs) => stored.AddRange(jobs);

    public Task<EmailJob?> FindAsync(Guid jobId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(j => j.Id == jobId));

    public Task<IReadOnlyList<EmailJob>> ListAsync(
        Guid? userId, EmailJobStatus? status, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<EmailJob> page = stored
            .Where(j => userId is null || j.UserId == userId)
            .Where(j => status is null || j.Status == status)
            .OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id)
            .Where(j => after is null || j.CreatedAt < after.SortedAt || (j.CreatedAt == after.SortedAt && j.Id.CompareTo(after.Id) < 0))
            .Take(limit)
            .ToArray();
        return Task.FromResult(page);
    }

    public Task<IReadOnlyList<EmailJob>> ListWaitingForExportAsync(Guid exportId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EmailJob>>(stored
            .Where(j => j.ExportId == exportId && j.Reason == EmailReason.BulkApply && j.Status == EmailJobStatus.Queued && j.Attempts == 0)
            .ToArray());

    public void Add(EmailJob job)
    {
        Added.Add(job);
        stored.Add(job);
    }
}
