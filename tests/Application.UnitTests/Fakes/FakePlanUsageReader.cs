using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>
/// Returns <see cref="Usage"/>; when built over a resume repository, the resume count is the user's stored resumes instead
/// (so "first resume" and "one too many" follow what the test seeded).
/// </summary>
internal sealed class FakePlanUsageReader(InMemoryResumeRepository? resumes = null) : IPlanUsageReader
{
    public PlanUsage Usage { get; set; } = PlanUsage.None;

    /// <summary>The "now" of every call, to check the use case asked about the current UTC day.</summary>
    public List<DateTimeOffset> AskedAt { get; } = [];

    public Task<PlanUsage> GetAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        AskedAt.Add(now);
        return Task.FromResult(resumes is null ? Usage : Usage with { Resumes = resumes.OwnedBy(userId).Count });
    }
}
