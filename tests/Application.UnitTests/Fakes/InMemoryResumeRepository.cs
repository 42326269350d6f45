using System.Reflection;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Resumes "in the database". <see cref="Add"/> and <see cref="Remove"/> take effect at once (no change tracker).</summary>
internal sealed class InMemoryResumeRepository : IResumeRepository
{
    // The real repository clears defaults with a set-based UPDATE that bypasses the entity; this fake does the same by reflection.
    private static readonly PropertyInfo IsDefaultProperty = typeof(Resume).GetProperty(nameof(Resume.IsDefault))!;

    private readonly List<Resume> stored = [];

    public List<Resume> Added { get; } = [];

    public List<Resume> Removed { get; } = [];

    public List<Guid> DefaultsClearedFor { get; } = [];

    public IReadOnlyList<Resume> Stored => stored;

    public void Seed(params Resume[] resumes) => stored.AddRange(resumes);

    public IReadOnlyList<Resume> OwnedBy(Guid userId) => stored.FindAll(r => r.UserId == userId);

    public Task<Resume?> FindOwnedAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(r => r.Id == resumeId && r.UserId == userId));

    public Task<Resume?> FindOwnedReadOnlyAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken) =>
        FindOwnedAsync(resumeId, userId, cancellationToken);

    public Task<bool> ExistsOwnedAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Exists(r => r.Id == resumeId && r.UserId == userId));

    public Task<Resume?> FindAsync(Guid resumeId, CancellationToken cancellationToken) =>
        Task.FromResult(stored.Find(r => r.Id == resumeId));

    public Task<IReadOnlyList<Resume>> ListOwnedAsync(Guid userId, PageCursor? after, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<Resume> page = NewestFirst(userId)
            .Where(r => after is null || r.UpdatedAt < after.SortedAt || (r.UpdatedAt == after.SortedAt && r.Id.CompareTo(after.Id) < 0))
            .Take(limit)
            .ToArray();
        return Task.FromResult(page);
    }

    public Task<Resume?> FindMostRecentlyUpdatedAsync(Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(NewestFirst(userId).FirstOrDefault());

    public Task ClearDefaultAsync(Guid userId, CancellationToken cancellationToken)
    {
        DefaultsClearedFor.Add(userId);
        foreach (var resume in stored.Where(r => r.UserId == userId && r.IsDefault))
        {
            IsDefaultProperty.SetValue(resume, false);
        }

        return Task.CompletedTask;
    }

    public void Add(Resume resume)
    {
        Added.Add(resume);
        stored.Add(resume);
    }

    public void Remove(Resume resume)
    {
        Removed.Add(resume);
        stored.Remove(resume);
    }

    private IEnumerable<Resume> NewestFirst(Guid userId) =>
        stored.Where(r => r.UserId == userId).OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id);
}
