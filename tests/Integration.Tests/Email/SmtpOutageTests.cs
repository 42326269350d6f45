using System.Net;
using ResumeExport.Domain.Emails;
using ResumeExport.Integration.Tests.BulkApplies;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Email;

/// <summary>
/// The SMTP server goes away: transient failures are retried by the queue (exponential backoff from config) and the mail
/// goes out once the server is back, exactly once; if it never comes back the jobs end failed, visible to the owner.
/// </summary>
[NonParallelizable]
public sealed class SmtpOutageTests : IntegrationFixture
{
    private EmailStack stack = null!;

    [OneTimeSetUp]
    public void StartStack() => stack = EmailStack.Start(ConnectionString, VirtualHost, new Dictionary<string, string?>
    {
        // About six seconds of retries: long enough to restart the server, short enough to see the jobs fail for good.
        ["Messaging:Retry:RetryLimit"] = "8",
        ["Messaging:Retry:InitialDelay"] = "00:00:00.200",
        ["Messaging:Retry:MaxDelay"] = "00:00:01",
    });

    [OneTimeTearDown]
    public async Task StopStackAsync() => await stack.DisposeAsync();

    [TearDown]
    public void RestartSmtp()
    {
        if (stack.Smtp is { } smtp)
        {
            smtp.StopAsync().GetAwaiter().GetResult();
            smtp.Start();
        }
    }

    [Test]
    public async Task Mails_queued_while_the_smtp_server_is_down_are_each_delivered_once_after_it_is_back()
    {
        var (client, userId, resumeId, _) = await stack.NewUserWithResumeAsync();
        await stack.CompletedExportAsync(userId, resumeId);
        var recruiters = BulkApplyClient.Recruiters(3);
        await stack.Smtp.StopAsync();

        var response = await BulkApplyClient.PostAsync(client, resumeId, recruiters);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var failing = await Eventually.UntilAsync(
            () => stack.JobsOfAsync(userId),
            jobs => jobs.Length == 3 && jobs.All(j => j.Attempts >= 2),
            "every job to fail a couple of attempts while SMTP is down");
        Assert.That(failing.Select(j => j.LastErrorCode), Is.All.EqualTo("smtp_transient"));
        Assert.That(failing.Select(j => j.Status), Is.All.EqualTo(EmailJobStatus.Queued));

        stack.Smtp.Start();

        var sent = await Eventually.UntilAsync(
            () => stack.JobsOfAsync(userId), jobs => jobs.All(j => j.Status == EmailJobStatus.Sent), "every job to be sent after SMTP is back");
        Assert.That(sent.Select(j => j.LastErrorCode), Is.All.Null);
        Assert.That(recruiters.Select(r => stack.Smtp.MessagesTo(r).Count), Is.All.EqualTo(1), "each mail once, none lost");
    }

    [Test]
    public async Task When_the_smtp_server_never_comes_back_the_jobs_end_failed_and_the_owner_sees_it()
    {
        var (client, userId, resumeId, _) = await stack.NewUserWithResumeAsync();
        await stack.CompletedExportAsync(userId, resumeId);
        await stack.Smtp.StopAsync();

        var created = await ApiClient.ReadJsonAsync(await BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(2)));

        var jobs = await Eventually.UntilAsync(
            () => stack.JobsOfAsync(userId), all => all.Length == 2 && all.All(j => j.Status == EmailJobStatus.Failed), "every job to fail for good");
        Assert.That(jobs.Select(j => j.LastErrorCode), Is.All.EqualTo("smtp_transient"));
        Assert.That(jobs.Select(j => j.Attempts), Is.All.EqualTo(9), "1 delivery + Messaging:Retry:RetryLimit (8) retries");
        var status = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/applications/bulk/{created["id"]}"));
        Assert.That(status["applications"]!.AsArray().Select(a => a!["status"]!.GetValue<string>()), Is.All.EqualTo("failed"));
        Assert.That(status["applications"]!.AsArray().Select(a => a!["errorCode"]!.GetValue<string>()), Is.All.EqualTo("smtp_transient"));
    }
}
