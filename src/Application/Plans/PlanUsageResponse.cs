namespace ResumeExport.Application.Plans;

/// <param name="Remaining">What is left of each limit (never negative: a downgraded user over a limit has 0 left).</param>
/// <param name="ResetsAt">When the daily figures start again from zero: the next UTC midnight.</param>
public sealed record PlanUsageResponse(
    string PlanCode,
    string PlanName,
    PlanLimitDto Limits,
    PlanUsageDto Usage,
    PlanUsageDto Remaining,
    DateTimeOffset ResetsAt);
