using System.Globalization;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Api.Problems;

/// <summary>The 403 text per limit kind: daily limits say when they reset, counts what to remove, features which plan.</summary>
internal static class PlanLimitTexts
{
    public static string Describe(PlanLimitCheck check, DateTimeOffset resetsAt)
    {
        var reset = resetsAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return check.LimitName switch
        {
            PlanLimitNames.MaxResumes =>
                $"Your plan allows {Count(check.Limit, "resume")} and you have {check.Usage} ({check.LimitName}). Delete a resume or upgrade your plan.",
            PlanLimitNames.MaxSectionsPerResume =>
                $"Your plan allows {Count(check.Limit, "section")} per resume and this one has {check.Usage} ({check.LimitName}). Remove sections or upgrade your plan.",
            PlanLimitNames.MaxBulkApplyRecipients =>
                $"Your plan allows {Count(check.Limit, "application")} per bulk apply and this one has {check.Usage} ({check.LimitName}). Send fewer or upgrade your plan.",
            PlanLimitNames.DailyExports =>
                $"Your plan allows {Count(check.Limit, "export")} a day and you have used {check.Usage} today ({check.LimitName}). Wait for the daily reset at {reset} or upgrade your plan.",
            PlanLimitNames.DailyUploadBytes =>
                $"Your plan allows {check.Limit} bytes of exports a day and {check.Usage} are used today ({check.LimitName}). Wait for the daily reset at {reset} or upgrade your plan.",
            PlanLimitNames.DailyBulkApplies =>
                $"Your plan allows {Count(check.Limit, "bulk apply", "bulk applies")} a day and you have used {check.Usage} today ({check.LimitName}). Wait for the daily reset at {reset} or upgrade your plan.",
            PlanLimitNames.PremiumTemplates =>
                $"This template is a premium template and your plan has none ({check.LimitName}). Choose a free template or upgrade your plan.",
            PlanLimitNames.ShareLinks =>
                $"Your plan does not include share links ({check.LimitName}). Upgrade your plan to share a resume by link.",
            PlanLimitNames.ExportFormats =>
                $"Your plan does not include this export format ({check.LimitName}). Choose a format your plan lists under exportFormats or upgrade your plan.",
            _ => PlanLimitNames.KindOf(check.LimitName) == PlanLimitKind.Daily
                ? $"Your plan allows {check.Limit} a day for {check.LimitName}; today's usage is {check.Usage}. Wait for the daily reset at {reset} or upgrade your plan."
                : $"Your plan allows {check.Limit} for {check.LimitName}; the usage is {check.Usage}. Upgrade your plan.",
        };
    }

    private static string Count(long count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
