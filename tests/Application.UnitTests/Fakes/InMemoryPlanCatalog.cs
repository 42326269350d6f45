using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>The seeded plans (<see cref="DefaultPlans.All"/>) unless others are given.</summary>
internal sealed class InMemoryPlanCatalog(IReadOnlyList<Plan> plans) : IPlanCatalog
{
    public InMemoryPlanCatalog()
        : this(DefaultPlans.All)
    {
    }

    public static PlanLimit LimitOf(string planCode) => DefaultPlans.All.Single(p => p.Code == planCode).Limit;

    public Task<IReadOnlyList<Plan>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(plans);

    public Task<Plan> GetAsync(string planCode, CancellationToken cancellationToken) =>
        Task.FromResult(plans.SingleOrDefault(p => p.Code == planCode)
            ?? throw new InvalidOperationException($"The fake catalog has no plan '{planCode}'."));
}
