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
    /// <summary>
    /// The e-mail job this message delivers. The sender derives the Message-ID from it, so every attempt of one job
    /// carries the same Message-ID: a copy sent again after a crash is recognisable as the same mail.
    /// </summary>
    public Guid? JobId { get; init; }
}
