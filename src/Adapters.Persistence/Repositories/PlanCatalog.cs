using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class PlanCatalog(AppDbContext db) : IPlanCatalog
{
    public async Task<IReadOnlyList<Plan>> ListAsync(CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking().OrderBy(p => p.MonthlyPriceCents).ToListAsync(cancellationToken);

    public async Task<Plan> GetAsync(string planCode, CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Code == planCode, cancellationToken)
            ?? throw new InvalidOperationException($"Plan '{planCode}' is missing; the database was not seeded.");
}
