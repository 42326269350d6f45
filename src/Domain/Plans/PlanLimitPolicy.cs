namespace ResumeExport.Domain.Plans;

/// <summary>Every plan limit as pure functions; no limit is checked anywhere else.</summary>
public static class PlanLimitPolicy
{
    public static PlanLimitCheck CanCreateResume(PlanLimit limit, PlanUsage usage) =>
        PlanLimitCheck.Within(PlanLimitNames.MaxResumes, limit.MaxResumes, usage.Resumes + 1, usage.Resumes);

    public static PlanLimitCheck CanHaveSections(PlanLimit limit, int sectionCount) =>
        PlanLimitCheck.Within(PlanLimitNames.MaxSectionsPerResume, limit.MaxSectionsPerResume, sectionCount, sectionCount);

    public static PlanLimitCheck CanUseTemplate(PlanLimit limit, bool templateIsPremium) =>
        !templateIsPremium || limit.PremiumTemplates
            ? PlanLimitCheck.Ok(PlanLimitNames.PremiumTemplates, limit.PremiumTemplates ? 1 : 0, 0)
            : PlanLimitCheck.Exceeded(PlanLimitNames.PremiumTemplates, 0, 1);

    /// <summary>Limit and usage are 0/1 as for <see cref="CanUseTemplate"/>: the plan has the format or lacks it.</summary>
    public static PlanLimitCheck CanExportFormat(PlanLimit limit, string format) =>
        limit.AllowsFormat(format)
            ? PlanLimitCheck.Ok(PlanLimitNames.ExportFormats, 1, 0)
            : PlanLimitCheck.Exceeded(PlanLimitNames.ExportFormats, 0, 1);

    /// <summary>Limit and usage are 0/1 as for <see cref="CanUseTemplate"/>: the plan has share links or lacks them.</summary>
    public static PlanLimitCheck CanShareLinks(PlanLimit limit) =>
        limit.ShareLinks
            ? PlanLimitCheck.Ok(PlanLimitNames.ShareLinks, 1, 0)
            : PlanLimitCheck.Exceeded(PlanLimitNames.ShareLinks, 0, 1);

    public static PlanLimitCheck CanEnqueueExport(PlanLimit limit, PlanUsage usage) =>
        PlanLimitCheck.Within(PlanLimitNames.DailyExports, limit.DailyExports, usage.ExportsToday + 1, usage.ExportsToday);

    /// <summary>Before an export is queued: is any of today's upload allowance left?</summary>
    public static PlanLimitCheck HasUploadBytesLeft(PlanLimit limit, PlanUsage usage) =>
        usage.UploadBytesToday < limit.DailyUploadBytes
            ? PlanLimitCheck.Ok(PlanLimitNames.DailyUploadBytes, limit.DailyUploadBytes, usage.UploadBytesToday)
            : PlanLimitCheck.Exceeded(PlanLimitNames.DailyUploadBytes, limit.DailyUploadBytes, usage.UploadBytesToday);

    /// <summary>When a rendered file is stored: would its bytes push today's total over the allowance?</summary>
    public static PlanLimitCheck CanStoreBytes(PlanLimit limit, PlanUsage usage, long bytes) =>
        PlanLimitCheck.Within(PlanLimitNames.DailyUploadBytes, limit.DailyUploadBytes, usage.UploadBytesToday + bytes, usage.UploadBytesToday);

    public static PlanLimitCheck CanBulkApply(PlanLimit limit, PlanUsage usage) =>
        PlanLimitCheck.Within(PlanLimitNames.DailyBulkApplies, limit.DailyBulkApplies, usage.BulkAppliesToday + 1, usage.BulkAppliesToday);

    public static PlanLimitCheck CanSendApplications(PlanLimit limit, int recipients) =>
        PlanLimitCheck.Within(PlanLimitNames.MaxBulkApplyRecipients, limit.MaxBulkApplyRecipients, recipients, recipients);

    /// <summary>Limits the user would be over on <paramref name="target"/>; new work is refused, no data deleted.</summary>
    public static IReadOnlyList<PlanLimitCheck> OverLimitsAfterChange(PlanLimit target, PlanUsage usage) =>
        new[]
        {
            PlanLimitCheck.Within(PlanLimitNames.MaxResumes, target.MaxResumes, usage.Resumes, usage.Resumes),
            PlanLimitCheck.Within(PlanLimitNames.DailyExports, target.DailyExports, usage.ExportsToday, usage.ExportsToday),
            PlanLimitCheck.Within(PlanLimitNames.DailyUploadBytes, target.DailyUploadBytes, usage.UploadBytesToday, usage.UploadBytesToday),
            PlanLimitCheck.Within(PlanLimitNames.DailyBulkApplies, target.DailyBulkApplies, usage.BulkAppliesToday, usage.BulkAppliesToday),
        }.Where(c => !c.Allowed).ToArray();

    /// <summary>The next reset of every daily limit: the next UTC midnight.</summary>
    public static DateTimeOffset NextDailyReset(DateTimeOffset now) =>
        new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);

    /// <summary>The current UTC day as a half-open range [start, end).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Today(DateTimeOffset now)
    {
        var end = NextDailyReset(now);
        return (end.AddDays(-1), end);
    }
}
