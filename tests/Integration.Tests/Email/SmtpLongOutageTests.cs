using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Operations.GetExportOpsMetrics;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Redeliveries;
using ResumeExport.Integration.Tests.BulkApplies;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Email;

/// <summary>
/// SMTP down for longer than the quick retries (decision 36, time compressed through settings): the jobs wait in
/// PostgreSQL, export-ops counts them, and each mail goes out exactly once after the server is back; past the window they
/// fail with the give-up code.
/// </summary>
[NonParallelizable]
public sealed class SmtpLongOutageTests : IntegrationFixture
{
    private EmailStack stack = null!;

    [OneTimeSetUp]
    public void StartStack() => stack = EmailStack.Start(ConnectionString, VirtualHost, new Dictionary<string, string?>
    {
        ["Messaging:Retry:RetryLimit"] = "1",
        ["Redelivery:InitialDelay"] = "00:00:00.300",
        ["Redelivery:MaxDelay"] = "00:00:01",
        ["Redelivery:Window"] = "00:00:15",
    });

    [OneTimeTearDown]
    public async Task StopStackAsync() => await stack.DisposeAsync();

    [TearDown]
    public void RestartSmtp()
    {
        stack.Smtp.StopAsync().GetAwaiter().GetResult();
        stack.Smtp.Start();
    }

    [Test]
    public async Task Mails_out_of_quick_retries_wait_and_are_each_delivered_once_after_the_server_is_back()
    {
        var (client, userId, resumeId, _) = await stack.NewUserWithResumeAsync();
        await stack.CompletedExportAsync(userId, resumeId);
        var recruiters = BulkApplyClient.Recruiters(2);
        await stack.Smtp.StopAsync();

        await BulkApplyClient.PostAsync(client, resumeId, recruiters);
        var waiting = await Eventually.UntilAsync(
            () => stack.JobsOfAsync(userId), jobs => jobs.Length == 2 && jobs.All(j => j.Redeliveries >= 1), "every job to wait for a redelivery");
        Assert.That(waiting.Select(j => j.Status), Is.All.EqualTo(EmailJobStatus.Queued), "waiting, not failed");
        var ops = await Eventually.UntilAsync(OpsAsync, o => o.Redelivery.ByReason.Any(w => w.Kind == RedeliveryKind.BulkApplication), "export-ops to count them");
        Assert.That(ops.Redelivery.ByReason.Where(w => w.Kind == RedeliveryKind.BulkApplication).Select(w => w.Reason), Is.All.EqualTo(EmailErrorCodes.SmtpTransient));

        stack.Smtp.Start();

        await Eventually.UntilAsync(() => stack.JobsOfAsync(userId), jobs => jobs.All(j => j.Status == EmailJobStatus.Sent), "every job to be sent");
        Assert.That(recruiters.Select(r => stack.Smtp.MessagesTo(r).Count), Is.All.EqualTo(1), "each mail once, none lost");
        await using var scope = stack.Api.Services.CreateAsyncScope();
        var ids = waiting.Select(j => j.Id).ToArray();
        Assert.That(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Redeliveries.CountAsync(r => ids.Contains(r.ItemId)), Is.Zero);
    }

    [Test]
    public async Task Mails_still_failing_when_the_window_is_over_fail_with_the_give_up_code()
    {
        var (client, userId, resumeId, _) = await stack.NewUserWithResumeAsync();
        await stack.CompletedExportAsync(userId, resumeId);
        await stack.Smtp.StopAsync();

        await BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(1));

        var jobs = await Eventually.UntilAsync(
            () => stack.JobsOfAsync(userId), all => all.Length == 1 && all.All(j => j.Status == EmailJobStatus.Failed), "the job to be given up",
            TimeSpan.FromSeconds(90));
        Assert.That(jobs[0].LastErrorCode, Is.EqualTo(RedeliveryPolicy.GaveUpErrorCode));
        Assert.That(jobs[0].LastError, Does.Contain(EmailErrorCodes.SmtpTransient));
    }

    private async Task<ExportOpsMetricsResponse> OpsAsync()
    {
        await using var scope = stack.Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetExportOpsMetricsQuery());
    }
}
