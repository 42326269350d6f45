namespace ResumeExport.Application.Common.Ports.Email;

/// <param name="ReplyTo">Where answers go (a bulk application's applicant); null = the sender.</param>
public sealed record EmailMessage(
    string To,
    string? ReplyTo,
    string Subject,
    string TextBody,
    string HtmlBody,
    IReadOnlyList<EmailAttachment> Attachments)
{
    /// <summary>Every attempt of a job gets the same Message-ID, so a copy resent after a crash is recognisable.</summary>
    public Guid? JobId { get; init; }
}
