using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IPlanCatalog
{
    Task<IReadOnlyList<Plan>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The plan with its limits. Every user's plan exists (foreign key), and every plan has its limits (deferred triggers).</summary>
    Task<Plan> GetAsync(string planCode, CancellationToken cancellationToken);
}
