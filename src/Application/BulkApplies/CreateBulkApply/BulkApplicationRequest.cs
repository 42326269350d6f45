namespace ResumeExport.Application.BulkApplies.CreateBulkApply;

/// <param name="Position">The job applied for.</param>
/// <param name="Message">To the recruiter; a short greeting when omitted.</param>
public sealed record BulkApplicationRequest(string Company, string Position, string RecipientEmail, string? Message);
