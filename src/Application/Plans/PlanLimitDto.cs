using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Plans;

/// <summary>The one shape of a plan's limits in every response.</summary>
/// <param name="ShareLinks">Whether the plan may create share links (<c>shareLinks</c>).</param>
/// <param name="ExportFormats">The formats the plan may export (<c>exportFormats</c>), in the API's order.</param>
/// <param name="MaxVersionsKept">How many of each resume's newest versions are kept (<c>maxVersionsKept</c>).</param>
public sealed record PlanLimitDto(
    int MaxResumes,
    int MaxSectionsPerResume,
    int DailyExports,
    long DailyUploadBytes,
    int DailyBulkApplies,
    int MaxBulkApplyRecipients,
    int ExportRetentionDays,
    bool PremiumTemplates,
    string ExportDelivery,
    IReadOnlyList<string> ExportFormats,
    int MaxVersionsKept,
    bool ShareLinks)
{
    public static PlanLimitDto From(PlanLimit limit) => new(
        limit.MaxResumes,
        limit.MaxSectionsPerResume,
        limit.DailyExports,
        limit.DailyUploadBytes,
        limit.DailyBulkApplies,
        limit.MaxBulkApplyRecipients,
        limit.ExportRetentionDays,
        limit.PremiumTemplates,
        limit.ExportDelivery == Domain.Plans.ExportDelivery.Email ? "email" : "download",
        limit.ExportFormats,
        limit.MaxVersionsKept,
        limit.ShareLinks);
}
