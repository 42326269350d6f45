using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IPlanUsageReader
{
    /// <summary>The user's resume count and today's (UTC) exports, stored bytes and bulk applies, in one round trip.</summary>
    Task<PlanUsage> GetAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken);
}
