namespace ResumeExport.Application.Plans;

/// <param name="Remaining">Never negative: a downgraded user over a limit has 0 left.</param>
/// <param name="ResetsAt">The next UTC midnight.</param>
public sealed record PlanUsageResponse(
    string PlanCode,
    string PlanName,
    PlanLimitDto Limits,
    PlanUsageDto Usage,
    PlanUsageDto Remaining,
    DateTimeOffset ResetsAt);
