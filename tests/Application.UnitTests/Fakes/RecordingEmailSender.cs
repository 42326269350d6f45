using ResumeExport.Application.Common.Ports.Email;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Records every message; throws <see cref="Failure"/> instead when one is set.</summary>
internal sealed class RecordingEmailSender : IEmailSender
{
    public List<EmailMessage> Sent { get; } = [];

    public Exception? Failure { get; set; }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            return Task.FromException(Failure);
        }

        Sent.Add(message);
        return Task.CompletedTask;
    }
}
