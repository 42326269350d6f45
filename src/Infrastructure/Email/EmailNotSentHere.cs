using ResumeExport.Application.Common.Ports;

namespace ResumeExport.Infrastructure.Email;

/// <summary>
/// Stands in for <see cref="IEmailSender"/> in processes that do not send mail (the API, the PDF worker): the generated
/// mediator registers every handler everywhere, so the port must resolve, but only the e-mail worker sends.
/// </summary>
internal sealed class EmailNotSentHere : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("E-mail is sent by the e-mail worker (src/Workers.Email), not by this process.");
}
