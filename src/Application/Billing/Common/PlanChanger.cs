using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Billing;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Billing.Common;

/// <summary>
/// Moves a locked user to another plan and records it (<c>plan_changed</c> in SystemLog, same transaction). A plan change
/// never deletes data. Callers hold the user's row lock and save.
/// </summary>
public sealed class PlanChanger(ISystemLog systemLog)
{
    /// <param name="keepPendingWhenUnchanged">When the user is already on <paramref name="planCode"/>, leave a pending change alone (a provider's renewal event).</param>
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
