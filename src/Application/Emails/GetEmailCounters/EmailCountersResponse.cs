namespace ResumeExport.Application.Emails.GetEmailCounters;

/// <param name="EmailByReason">Keyed by reason: <c>freeTierExport</c>, <c>bulkApply</c> (both always present).</param>
public sealed record EmailCountersResponse(IReadOnlyDictionary<string, EmailOutcomeCounts> EmailByReason);
