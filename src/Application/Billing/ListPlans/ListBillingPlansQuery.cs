using Mediator;
using ResumeExport.Application.Billing.Common;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Plans;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Billing.ListPlans;

public sealed record ListBillingPlansQuery : IQuery<IReadOnlyList<BillingPlanResponse>>;

public sealed class ListBillingPlansQueryHandler(IPlanCatalog plans) : IQueryHandler<ListBillingPlansQuery, IReadOnlyList<BillingPlanResponse>>
{
    public async ValueTask<IReadOnlyList<BillingPlanResponse>> Handle(ListBillingPlansQuery query, CancellationToken cancellationToken) =>
        (await plans.ListAsync(cancellationToken))
            .OrderBy(p => PlanCodes.IsKnown(p.Code) ? PlanCodes.Rank(p.Code) : int.MaxValue)
            .Select(p => new BillingPlanResponse(p.Code, p.Name, p.MonthlyPriceCents, PlanLimitDto.From(p.Limit)))
            .ToArray();
}
