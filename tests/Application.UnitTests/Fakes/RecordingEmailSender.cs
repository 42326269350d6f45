using ResumeExport.Application.Common.Ports.Email;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Records every message; throws <see cref="Failure"/> instead when one is set.</summary>
internal sealed class RecordingEmailSender : IEmailSender
{
    public List<EmailMessage> Sent { get; } = [];

    public Exception? Failure { get; set; }

    /// <summary>Runs once the server has taken the mail, before the send returns (e.g. the consume is cancelled then).</summary>
    public Action? AfterAccepted { get; set; }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            return Task.FromException(Failure);
        }

        Sent.Add(message);
        AfterAccepted?.Invoke();
        // As an SMTP client does: a cancelled token fails the send even when the server already took the mail.
        return cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;
    }
}
