using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IPlanCatalog
{
    Task<IReadOnlyList<Plan>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Never missing: a foreign key and deferred triggers guarantee every plan and its limits.</summary>
    Task<Plan> GetAsync(string planCode, CancellationToken cancellationToken);
}
