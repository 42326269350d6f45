namespace ResumeExport.Application.Common.Ports;

/// <param name="ReplyTo">Where answers go (a bulk application's applicant); null = the sender.</param>
public sealed record EmailMessage(
    string To,
    string? ReplyTo,
    string Subject,
    string TextBody,
    string HtmlBody,
    IReadOnlyList<EmailAttachment> Attachments);
