namespace ResumeExport.Domain.Plans;

/// <summary>Exactly one per plan, enforced by deferred constraint triggers.</summary>
public sealed class PlanLimit
{
    private PlanLimit()
    {
    }

    public string PlanCode { get; private set; } = string.Empty;

    public int MaxResumes { get; private set; }

    public int MaxSectionsPerResume { get; private set; }

    public int DailyExports { get; private set; }

    public long DailyUploadBytes { get; private set; }

    public int DailyBulkApplies { get; private set; }

    public int MaxBulkApplyRecipients { get; private set; }

    public int ExportRetentionDays { get; private set; }

    public bool PremiumTemplates { get; private set; }

    public ExportDelivery ExportDelivery { get; private set; }

    public static PlanLimit Create(
        string planCode,
        int maxResumes,
        int maxSectionsPerResume,
        int dailyExports,
        long dailyUploadBytes,
        int dailyBulkApplies,
        int maxBulkApplyRecipients,
        int exportRetentionDays,
        bool premiumTemplates,
        ExportDelivery exportDelivery) =>
        new()
        {
            PlanCode = planCode,
            MaxResumes = maxResumes,
            MaxSectionsPerResume = maxSectionsPerResume,
            DailyExports = dailyExports,
            DailyUploadBytes = dailyUploadBytes,
            DailyBulkApplies = dailyBulkApplies,
            MaxBulkApplyRecipients = maxBulkApplyRecipients,
            ExportRetentionDays = exportRetentionDays,
            PremiumTemplates = premiumTemplates,
            ExportDelivery = exportDelivery,
        };
}
