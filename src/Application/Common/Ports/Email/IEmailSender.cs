using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Common.Ports.Email;

/// <summary>
/// Sends one e-mail. Throws <see cref="EmailSendingException"/>: <c>smtp_transient</c> (<see cref="CodedFailureException.Transient"/>) is retried by the queue;
/// <c>smtp_permanent</c> and <c>mailbox_unavailable</c> fail the job. No retry here: the queue is the one retry layer.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
