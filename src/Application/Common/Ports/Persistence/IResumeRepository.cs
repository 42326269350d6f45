using ResumeExport.Application.Common.Paging;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IResumeRepository
{
    /// <summary>Tracked; null when missing or someone else's.</summary>
    Task<Resume?> FindOwnedAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Untracked, so the next save compares nothing; null as above.</summary>
    Task<Resume?> FindOwnedReadOnlyAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Whether the user owns this resume, without reading it.</summary>
    Task<bool> ExistsOwnedAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken);

    /// <summary>Any resume by id, read-only (workers render what the owner wrote).</summary>
    Task<Resume?> FindAsync(Guid resumeId, CancellationToken cancellationToken);

    /// <summary>Newest change first; <paramref name="after"/> continues a previous page.</summary>
    Task<IReadOnlyList<Resume>> ListOwnedAsync(Guid userId, PageCursor? after, int limit, CancellationToken cancellationToken);

    Task<Resume?> FindMostRecentlyUpdatedAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Clears the default flag on all of the user's resumes (run before marking a new one).</summary>
    Task ClearDefaultAsync(Guid userId, CancellationToken cancellationToken);

    void Add(Resume resume);

    void Remove(Resume resume);
}
