using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IPlanUsageReader
{
    /// <summary>Resume count and today's (UTC) usage in one round trip.</summary>
    Task<PlanUsage> GetAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken);
}
