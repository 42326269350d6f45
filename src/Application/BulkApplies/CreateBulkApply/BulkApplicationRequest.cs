namespace ResumeExport.Application.BulkApplies.CreateBulkApply;

/// <param name="Position">The job applied for.</param>
/// <param name="Message">The applicant's message to the recruiter; a short default greeting when omitted.</param>
public sealed record BulkApplicationRequest(string Company, string Position, string RecipientEmail, string? Message);
