using ResumeExport.Domain.Billing;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>One user's rows (<see cref="IPersonalDataRepository.ReadAsync"/>), oldest first.</summary>
public sealed record PersonalData(
    IReadOnlyList<Resume> Resumes,
    IReadOnlyList<Export> Exports,
    IReadOnlyList<BulkApply> BulkApplies,
    IReadOnlyList<EmailJob> EmailJobs,
    Subscription? Subscription,
    IReadOnlyList<ResumeVersion> ResumeVersions,
    IReadOnlyList<ShareLink> ShareLinks);
