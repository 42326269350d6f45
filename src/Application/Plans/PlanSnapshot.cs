using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Plans;

/// <summary>
/// What every plan-limit check reads, taken under the user's row lock: the user, the limits of the plan the user is on,
/// and today's (UTC) usage. Nothing the lock guards can change until the transaction ends.
/// </summary>
public sealed record PlanSnapshot(User User, PlanLimit Limit, PlanUsage Usage);
