using ResumeExport.Application.Plans;

namespace ResumeExport.Application.UnitTests.Fakes;

internal static class TestPlans
{
    /// <summary>Plan snapshots over the seeded plans (<see cref="InMemoryPlanCatalog"/>), these users and this usage.</summary>
    public static PlanSnapshotReader Snapshots(InMemoryUserRepository users, FakePlanUsageReader usage) =>
        new(users, new InMemoryPlanCatalog(), usage);
}
