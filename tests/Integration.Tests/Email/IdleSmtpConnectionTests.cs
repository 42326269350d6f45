using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Email;
using ResumeExport.Application.Common.Ports.Email;
using ResumeExport.Domain.Emails;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Email;

/// <summary>
/// Issue 12, item 4: SMTP servers close idle sessions (421). The pooled connection is renewed and the mail resent on
/// it before anything counts as a failed attempt, so the first mail after an idle spell goes out on its first attempt.
/// </summary>
[NonParallelizable]
public sealed class IdleSmtpConnectionTests : IntegrationFixture
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(1);

    [Test]
    public async Task The_sender_renews_a_connection_the_server_closed_while_idle_and_sends_on_it()
    {
        await using var server = new IdleDroppingSmtpServer(IdleTimeout);
        using var sender = new MailKitEmailSender(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = server.Port,
            Sender = "no-reply@resume-export.test",
            Security = SmtpSecurity.None,
            Timeout = TimeSpan.FromSeconds(10),
        }), NullLogger<MailKitEmailSender>.Instance);

        await sender.SendAsync(Mail("first"), CancellationToken.None);
        await Eventually.UntilAsync(() => server.IdleDisconnects == 1, "the server to close the idle session with 421");
        await sender.SendAsync(Mail("second"), CancellationToken.None);

        Assert.That(server.Messages, Has.Count.EqualTo(2));
        Assert.That(server.Messages[1], Does.Contain("Subject: second"));
        Assert.That(server.Connections, Is.EqualTo(2), "one renewed connection, no extra attempts");
    }

    [Test]
    public async Task The_first_mail_after_an_idle_spell_is_sent_on_its_first_attempt_by_the_worker()
    {
        await using var server = new IdleDroppingSmtpServer(IdleTimeout);
        await using var stack = EmailStack.Start(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["Smtp:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var (_, userId, resumeId, email) = await stack.NewUserWithResumeAsync();
        var (exportId, _) = await stack.CompletedExportAsync(userId, resumeId);

        var first = await stack.QueueFreeTierEmailAsync(userId, exportId, email);
        await SentAsync(stack, userId, first);
        await Eventually.UntilAsync(() => server.IdleDisconnects >= 1, "the server to close the worker's idle session with 421");
        var second = await stack.QueueFreeTierEmailAsync(userId, exportId, email);
        var job = await SentAsync(stack, userId, second);

        Assert.That(job.Attempts, Is.EqualTo(1), "the renewed connection is not a failed attempt");
        Assert.That(job.LastErrorCode, Is.Null);
        Assert.That(server.Messages, Has.Count.EqualTo(2));
    }

    private static async Task<EmailJob> SentAsync(EmailStack stack, Guid userId, Guid jobId)
    {
        var jobs = await Eventually.UntilAsync(
            () => stack.JobsOfAsync(userId), all => all.Any(j => j.Id == jobId && j.Status == EmailJobStatus.Sent), $"e-mail job {jobId} to be sent");
        return jobs.Single(j => j.Id == jobId);
    }

    private static EmailMessage Mail(string subject) =>
        new("ana@example.com", null, subject, $"Body of {subject}", $"<p>Body of {subject}</p>", []);
}
