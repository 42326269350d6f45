namespace ResumeExport.Application.Billing.Common;

public sealed record PendingPlanChangeResponse(string PlanCode, DateTimeOffset EffectiveAt);
