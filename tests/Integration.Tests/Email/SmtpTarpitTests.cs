using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Email;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Domain.Emails;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Email;

/// <summary>
/// Issue 27, item 3: an SMTP server that accepts connections and never answers (a tarpit). The sender gives up within
/// Smtp:Timeout and fails the attempt as transient (the queue retries it); the next send opens a new connection.
/// </summary>
public sealed class SmtpTarpitTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Test]
    public async Task A_server_that_never_greets_fails_the_send_as_transient_once_the_timeout_passed()
    {
        await using var tarpit = FaultyTcpServer.Silent();
        using var sender = SenderTo(tarpit.Port);

        var failure = await FailureOfAsync(sender.SendAsync(Mail("tarpitted"), CancellationToken.None));

        Assert.That(failure.Code, Is.EqualTo(EmailErrorCodes.SmtpTransient));
        Assert.That(failure.Transient, Is.True, "the queue retries it");
        await Eventually.UntilAsync(() => tarpit.ClosedByClient == 1, "the sender to close the tarpitted connection itself");
    }

    [Test]
    public async Task After_a_tarpitted_send_the_next_one_opens_a_new_connection_rather_than_reuse_the_dead_one()
    {
        await using var tarpit = FaultyTcpServer.Silent();
        using var sender = SenderTo(tarpit.Port);

        await FailureOfAsync(sender.SendAsync(Mail("first"), CancellationToken.None));
        await FailureOfAsync(sender.SendAsync(Mail("second"), CancellationToken.None));

        Assert.That(tarpit.Connections, Is.EqualTo(2));
    }

    private static MailKitEmailSender SenderTo(int port) => new(Options.Create(new SmtpOptions
    {
        Host = "127.0.0.1",
        Port = port,
        Sender = "no-reply@resume-export.test",
        Security = SmtpSecurity.None,
        Timeout = TimeSpan.FromSeconds(1),
    }), NullLogger<MailKitEmailSender>.Instance);

    private static async Task<EmailSendingException> FailureOfAsync(Task send)
    {
        var finished = await Task.WhenAny(send, Task.Delay(Deadline));
        Assert.That(finished, Is.SameAs(send), $"the send did not end within {Deadline.TotalSeconds:0} s: it is not bounded");
        try
        {
            await send;
        }
        catch (EmailSendingException failure)
        {
            return failure;
        }

        Assert.Fail("the send did not fail");
        throw new InvalidOperationException("unreachable");
    }

    private static EmailMessage Mail(string subject) =>
        new("ana@example.com", null, subject, $"Body of {subject}", $"<p>Body of {subject}</p>", []);
}
