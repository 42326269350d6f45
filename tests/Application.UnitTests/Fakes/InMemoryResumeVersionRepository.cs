using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Resume versions "in the database"; <see cref="Add"/> takes effect at once. Pins and claims are set by the test.</summary>
internal sealed class InMemoryResumeVersionRepository : IResumeVersionRepository
{
    private readonly List<ResumeVersion> stored = [];

    public IReadOnlyList<ResumeVersion> Stored => stored;

    /// <summary>What <see cref="ClaimPruneCandidatesAsync"/> hands out (the database's prefilter is not imitated).</summary>
    public List<VersionPruneCandidate> Candidates { get; } = [];

    public Dictionary<Guid, HashSet<int>> Pinned { get; } = [];

    public void Seed(params ResumeVersion[] versions) => stored.AddRange(versions);

    public IReadOnlyList<ResumeVersion> Of(Guid resumeId) => stored.Where(v => v.ResumeId == resumeId).OrderBy(v => v.Version).ToArray();

    public Task<ResumeVersion?> GetAsync(Guid resumeId, int version, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(v => v.ResumeId == resumeId && v.Version == version));

    public Task<ResumeVersion?> GetLatestAsync(Guid resumeId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Where(v => v.ResumeId == resumeId).MaxBy(v => v.Version));

    public Task<IReadOnlyList<ResumeVersion>> ListAsync(Guid resumeId, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        var last = after is null ? null : stored.Find(v => v.Id == after.Id);
        IReadOnlyList<ResumeVersion> page = stored.Where(v => v.ResumeId == resumeId && (last is null || v.Version < last.Version))
            .OrderByDescending(v => v.Version).Take(limit).ToArray();
        return Task.FromResult(page);
    }

    public void Add(ResumeVersion version)
    {
        if (stored.Exists(v => v.ResumeId == version.ResumeId && v.Version == version.Version))
        {
            throw new InvalidOperationException($"Version {version.Version} of resume {version.ResumeId} exists already (the unique index).");
        }

        stored.Add(version);
    }

    public Task<IReadOnlyList<VersionPruneCandidate>> ClaimPruneCandidatesAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<VersionPruneCandidate>>(Candidates.Take(limit).ToArray());

    public Task<IReadOnlyList<int>> ListNumbersAsync(Guid resumeId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<int>>(stored.Where(v => v.ResumeId == resumeId).Select(v => v.Version).ToArray());

    public Task<IReadOnlySet<int>> PinnedNumbersAsync(Guid resumeId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<int>>(Pinned.TryGetValue(resumeId, out var pinned) ? pinned : new HashSet<int>());

    public Task<int> DeleteAsync(Guid resumeId, IReadOnlyCollection<int> versions, CancellationToken cancellationToken) =>
        Task.FromResult(stored.RemoveAll(v => v.ResumeId == resumeId && versions.Contains(v.Version)));
}
