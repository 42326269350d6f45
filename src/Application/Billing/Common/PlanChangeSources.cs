namespace ResumeExport.Application.Billing.Common;

/// <summary>Why a plan changed (the <c>source</c> in the <c>plan_changed</c> SystemLog metadata).</summary>
public static class PlanChangeSources
{
    public const string Request = "request";
    public const string Scheduled = "scheduled";
    public const string Webhook = "webhook";
}
