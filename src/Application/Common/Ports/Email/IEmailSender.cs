using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Common.Ports.Email;

/// <summary>
/// Sends one e-mail (SMTP in production). Throws <see cref="EmailSendingException"/> with code
/// <c>smtp_transient</c> (<see cref="CodedFailureException.Transient"/>: the queue retries), or <c>smtp_permanent</c> /
/// <c>mailbox_unavailable</c> (not transient: the job fails at once). The adapter does not retry: the queue is the one retry layer.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
