namespace ResumeExport.Domain.Plans;

/// <summary>Names of the limits as clients see them in 403 problem details and in plan usage.</summary>
public static class PlanLimitNames
{
    public const string MaxResumes = "maxResumes";
    public const string MaxSectionsPerResume = "maxSectionsPerResume";
    public const string DailyExports = "dailyExports";
    public const string DailyUploadBytes = "dailyUploadBytes";
    public const string DailyBulkApplies = "dailyBulkApplies";
    public const string MaxBulkApplyRecipients = "maxBulkApplyRecipients";
    public const string PremiumTemplates = "premiumTemplates";
    public const string ExportFormats = "exportFormats";
    public const string ShareLinks = "shareLinks";
    public const string MaxVersionsKept = "maxVersionsKept";

    public static PlanLimitKind KindOf(string limitName) => limitName switch
    {
        DailyExports or DailyUploadBytes or DailyBulkApplies => PlanLimitKind.Daily,
        PremiumTemplates or ExportFormats or ShareLinks => PlanLimitKind.Feature,
        _ => PlanLimitKind.Count,
    };
}
