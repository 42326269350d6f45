using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Emails.GetEmailCounters;

/// <param name="EmailByReason">Keyed by reason: <c>freeTierExport</c>, <c>bulkApply</c> (both always present).</param>
public sealed record EmailCountersResponse(IReadOnlyDictionary<string, EmailOutcomeCounts> EmailByReason)
{
    public static EmailCountersResponse From(IReadOnlyDictionary<(EmailReason Reason, EmailJobStatus Outcome), long> values)
    {
        EmailOutcomeCounts For(EmailReason reason) => new(
            values.GetValueOrDefault((reason, EmailJobStatus.Sent)),
            values.GetValueOrDefault((reason, EmailJobStatus.Failed)));

        return new EmailCountersResponse(new Dictionary<string, EmailOutcomeCounts>
        {
            ["freeTierExport"] = For(EmailReason.FreeTierExport),
            ["bulkApply"] = For(EmailReason.BulkApply),
        });
    }
}
