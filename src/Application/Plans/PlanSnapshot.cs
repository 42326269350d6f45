using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Plans;

/// <summary>The user, plan limits and today's (UTC) usage, read under the user's row lock so none can change.</summary>
public sealed record PlanSnapshot(User User, PlanLimit Limit, PlanUsage Usage);
