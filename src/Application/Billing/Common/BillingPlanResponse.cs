using ResumeExport.Application.Plans;

namespace ResumeExport.Application.Billing.Common;

public sealed record BillingPlanResponse(string Code, string Name, int MonthlyPriceCents, PlanLimitDto Limits);
