using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Billing.Common;

/// <summary>Moves a locked user to a plan and logs <c>plan_changed</c>; never deletes data. Callers lock and save.</summary>
public sealed class PlanChanger(ISystemLog systemLog)
{
    /// <param name="keepPendingWhenUnchanged">Keep a pending change when the plan is unchanged (a renewal event).</param>
    /// <returns>True when the plan changed.</returns>
    public bool Apply(User user, Subscription subscription, string planCode, string source, DateTimeOffset now, bool keepPendingWhenUnchanged = false)
    {
        var from = user.PlanCode;
        if (string.Equals(from, planCode, StringComparison.Ordinal))
        {
            if (!keepPendingWhenUnchanged)
            {
                subscription.ClearPendingChange(now);
            }

            return false;
        }

        subscription.ClearPendingChange(now);

        user.MoveToPlan(planCode);
        systemLog.Add(SystemLog.Record(user.Id, SystemLogActions.PlanChanged, now, new Dictionary<string, object?>
        {
            ["from"] = from,
            ["to"] = planCode,
            ["source"] = source,
            ["provider"] = subscription.Provider,
        }));
        return true;
    }
}
