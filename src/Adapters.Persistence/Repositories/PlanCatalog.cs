using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class PlanCatalog(AppDbContext db) : IPlanCatalog
{
    public async Task<IReadOnlyList<Plan>> ListAsync(CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking().OrderBy(p => p.MonthlyPriceCents).ToListAsync(cancellationToken);

    // Compiled: read under the owner's lock by every export that completes and every export requested.
    private static readonly Func<AppDbContext, string, CancellationToken, Task<Plan?>> ByCode =
        EF.CompileAsyncQuery((AppDbContext db, string planCode, CancellationToken _) => db.Plans.AsNoTracking().FirstOrDefault(p => p.Code == planCode));

    public async Task<Plan> GetAsync(string planCode, CancellationToken cancellationToken) =>
        await ByCode(db, planCode, cancellationToken)
            ?? throw new InvalidOperationException($"Plan '{planCode}' is missing; the database was not seeded.");
}
