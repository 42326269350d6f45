using ResumeExport.Application.Common.Paging;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>The stored versions of resumes (read-only once written: there is no update).</summary>
public interface IResumeVersionRepository
{
    /// <summary>One version of a resume, untracked; null when that number is unknown or was pruned. Callers scope the resume first.</summary>
    Task<ResumeVersion?> GetAsync(Guid resumeId, int version, CancellationToken cancellationToken);

    /// <summary>The resume's newest version, untracked; null when it has none.</summary>
    Task<ResumeVersion?> GetLatestAsync(Guid resumeId, CancellationToken cancellationToken);

    /// <summary>Newest (highest number) first; <paramref name="after"/> continues after the version with that id.</summary>
    Task<IReadOnlyList<ResumeVersion>> ListAsync(Guid resumeId, PageCursor? after, int limit, CancellationToken cancellationToken);

    void Add(ResumeVersion version);

    /// <summary>
    /// Inside a transaction: locks (<c>FOR UPDATE SKIP LOCKED</c>) up to <paramref name="limit"/> resumes that hold a
    /// version older than their plan's <c>maxVersionsKept</c> newest, so replicas pruning at once take different resumes.
    /// </summary>
    Task<IReadOnlyList<VersionPruneCandidate>> ClaimPruneCandidatesAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The version numbers stored for the resume.</summary>
    Task<IReadOnlyList<int>> ListNumbersAsync(Guid resumeId, CancellationToken cancellationToken);

    /// <summary>Versions a live export (queued, processing, completed, or failed and not yet purged, as it can be retried) renders or a sent bulk application attached.</summary>
    Task<IReadOnlySet<int>> PinnedNumbersAsync(Guid resumeId, CancellationToken cancellationToken);

    Task<int> DeleteAsync(Guid resumeId, IReadOnlyCollection<int> versions, CancellationToken cancellationToken);
}
