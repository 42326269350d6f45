using ResumeExport.Domain.Exports;

namespace ResumeExport.Domain.Plans;

/// <summary>The plans and limits every installation starts with (docs/api.md#plans-and-limits).</summary>
public static class DefaultPlans
{
    private const long MiB = 1024L * 1024L;

    public static IReadOnlyList<Plan> All { get; } =
    [
        Plan.Create(PlanCodes.Free, "Free", 0, PlanLimit.Create(
            PlanCodes.Free, maxResumes: 1, maxSectionsPerResume: 10, dailyExports: 3, dailyUploadBytes: 5 * MiB,
            dailyBulkApplies: 1, maxBulkApplyRecipients: 5, exportRetentionDays: 7, premiumTemplates: false,
            exportDelivery: ExportDelivery.Email,
            exportFormats: PlanLimit.FreeExportFormats,
            maxVersionsKept: 10)),
        Plan.Create(PlanCodes.Pro, "Pro", 900, PlanLimit.Create(
            PlanCodes.Pro, maxResumes: 20, maxSectionsPerResume: 20, dailyExports: 50, dailyUploadBytes: 200 * MiB,
            dailyBulkApplies: 10, maxBulkApplyRecipients: 25, exportRetentionDays: 30, premiumTemplates: true,
            exportDelivery: ExportDelivery.Download,
            exportFormats: ExportFormats.All,
            maxVersionsKept: 100,
            shareLinks: true)),
        Plan.Create(PlanCodes.Team, "Team", 2900, PlanLimit.Create(
            PlanCodes.Team, maxResumes: 100, maxSectionsPerResume: 20, dailyExports: 500, dailyUploadBytes: 2048 * MiB,
            dailyBulkApplies: 50, maxBulkApplyRecipients: 50, exportRetentionDays: 90, premiumTemplates: true,
            exportDelivery: ExportDelivery.Download,
            exportFormats: ExportFormats.All,
            maxVersionsKept: 500,
            shareLinks: true)),
    ];
}
