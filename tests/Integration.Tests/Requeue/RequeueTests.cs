using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Contracts;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Integration.Tests.Exports;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Requeue;

/// <summary>
/// Retries and requeue over the real pipeline: a poisoned export retries the configured number of times, ends failed
/// and listed, and its owner's requeue really runs it again; the guardrails answer 404, 409 and 429.
/// </summary>
[NonParallelizable]
public sealed class RequeueTests : IntegrationFixture
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Chromium:EnableFaultInjection"] = "true",
        ["Requeue:MaxRetriesPerItem"] = "2",
        ["Requeue:PermitsPerUser"] = "4",
        ["Requeue:Window"] = "00:10:00",
    };

    private ApiFactory api = null!;
    private WorkerFactory<RenderExportPdfConsumer> pdfWorker = null!;
    private RenderFaultInjection faults = null!;

    [OneTimeSetUp]
    public void StartStack()
    {
        api = new ApiFactory(ConnectionString, VirtualHost, Settings);
        api.StartServer();
        pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, Settings);
        faults = pdfWorker.Services.GetRequiredService<RenderFaultInjection>();
    }

    [OneTimeTearDown]
    public async Task StopStackAsync()
    {
        await pdfWorker.DisposeAsync();
        await api.DisposeAsync();
    }

    [Test]
    public async Task A_poisoned_export_retries_as_configured_fails_and_completes_after_its_owner_requeues_it()
    {
        var (client, exportId) = await FailedExportAsync();

        var failed = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/exports/{exportId}"));
        Assert.That(failed["attempts"]!.GetValue<int>(), Is.EqualTo(3), "1 delivery + Messaging:Retry:RetryLimit (2)");
        Assert.That(failed["errorCode"]!.GetValue<string>(), Is.EqualTo("render_failed"));
        var listed = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes/exports/failed"));
        Assert.That(listed["items"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()), Does.Contain(exportId));

        faults.Enabled = false;
        var retry = await client.PostAsync($"/api/resumes/exports/{exportId}/retry", null);
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await retry.Content.ReadAsStringAsync());
        var done = await ExportClient.WaitUntilFinishedAsync(client, exportId);

        Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());
        var again = await client.PostAsync($"/api/resumes/exports/{exportId}/retry", null);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await ApiClient.ReadJsonAsync(again))["code"]!.GetValue<string>(), Is.EqualTo("export_not_failed"));
    }

    [Test]
    public async Task Another_users_requeue_is_a_404_and_changes_nothing()
    {
        var (_, exportId) = await FailedExportAsync();
        var stranger = await SignedInClientAsync("pro");

        var response = await stranger.PostAsync($"/api/resumes/exports/{exportId}/retry", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await using var scope = api.Services.CreateAsyncScope();
        var export = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Exports.SingleAsync(e => e.Id == Guid.Parse(exportId));
        Assert.That(export.Retries, Is.Zero);
    }

    [Test]
    public async Task The_per_item_retry_cap_answers_409()
    {
        var (client, exportId) = await FailedExportAsync();
        for (var i = 0; i < 2; i++)
        {
            var retry = await client.PostAsync($"/api/resumes/exports/{exportId}/retry", null);
            Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            var done = await Eventually.UntilAsync(
                async () => await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/exports/{exportId}")),
                e => e["status"]!.GetValue<string>() == "failed",
                "the requeued export to fail again");
            Assert.That(done["errorCode"]!.GetValue<string>(), Is.EqualTo("render_failed"));
        }

        var capped = await client.PostAsync($"/api/resumes/exports/{exportId}/retry", null);

        Assert.That(capped.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await ApiClient.ReadJsonAsync(capped))["code"]!.GetValue<string>(), Is.EqualTo("retry_cap_reached"));
    }

    [Test]
    public async Task Requeues_past_the_per_user_rate_limit_get_429_with_retry_after()
    {
        var client = await SignedInClientAsync("pro");
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await client.PostAsync($"/api/resumes/exports/{Guid.NewGuid()}/retry", null));
        }

        Assert.That(responses.Take(4).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(responses[4].StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(responses[4].Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));

        // The limit is per user: someone else is not slowed down.
        var other = await SignedInClientAsync("pro");
        Assert.That((await other.PostAsync($"/api/resumes/exports/{Guid.NewGuid()}/retry", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_failed_email_is_listed_and_its_owner_requeues_it_through_the_outbox()
    {
        var client = await SignedInClientAsync("free");
        var userId = await UserIdAsync(client);
        var job = EmailJob.ForFreeTierExport(userId, Guid.NewGuid(), "owner@example.com", DateTimeOffset.UtcNow);
        job.Fail("smtp_transient", "421 try again later");
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.EmailJobs.Add(job);
            await db.SaveChangesAsync();
        }

        var listed = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes/exports/failed-emails"));
        var stranger = await (await SignedInClientAsync("free")).PostAsync($"/api/resumes/exports/failed-emails/{job.Id}/retry", null);
        var retry = await client.PostAsync($"/api/resumes/exports/failed-emails/{job.Id}/retry", null);

        var item = listed["items"]!.AsArray().Single()!;
        Assert.That(item["jobId"]!.GetValue<string>(), Is.EqualTo(job.Id.ToString()));
        Assert.That(item["errorCode"]!.GetValue<string>(), Is.EqualTo("smtp_transient"));
        Assert.That(item["retryable"]!.GetValue<bool>(), Is.True);
        Assert.That(stranger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        await using var check = api.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.That((await checkDb.EmailJobs.SingleAsync(j => j.Id == job.Id)).Status, Is.EqualTo(EmailJobStatus.Queued));
        var messages = await checkDb.OutboxMessages.Where(m => m.MessageType == typeof(SendExportEmail).FullName).ToListAsync();
        Assert.That(messages.Select(m => m.Payload), Has.Some.Contains(job.Id.ToString()));
    }

    [Test]
    public async Task A_failure_a_retry_cannot_cure_says_so_and_its_requeue_is_a_409_that_says_why()
    {
        var client = await SignedInClientAsync("free");
        var userId = await UserIdAsync(client);
        var resumeId = Guid.Parse((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());
        var export = Export.Request(userId, resumeId, PageSize.A4, ExportDelivery.Email, null, DateTimeOffset.UtcNow);
        export.StartAttempt();
        export.Fail(ExportErrorCodes.UploadLimitExceeded, "Storing 15000000 bytes would exceed today's 5242880 bytes.", DateTimeOffset.UtcNow);
        var job = EmailJob.ForFreeTierExport(userId, Guid.NewGuid(), "owner@example.com", DateTimeOffset.UtcNow);
        job.Fail(EmailErrorCodes.MailboxUnavailable, "550 no such mailbox");
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Exports.Add(export);
            db.EmailJobs.Add(job);
            await db.SaveChangesAsync();
        }

        var exports = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes/exports/failed"));
        var emails = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes/exports/failed-emails"));
        var exportRetry = await client.PostAsync($"/api/resumes/exports/{export.Id}/retry", null);
        var emailRetry = await client.PostAsync($"/api/resumes/exports/failed-emails/{job.Id}/retry", null);

        Assert.That(exports["items"]!.AsArray().Single()!["retryable"]!.GetValue<bool>(), Is.False);
        Assert.That(emails["items"]!.AsArray().Single()!["retryable"]!.GetValue<bool>(), Is.False);
        foreach (var (response, code) in new[] { (exportRetry, "upload_limit_exceeded"), (emailRetry, "mailbox_unavailable") })
        {
            var problem = await ApiClient.ReadJsonAsync(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
            Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("failure_not_retryable"));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(code));
        }

        await using var check = api.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.That((await checkDb.Exports.SingleAsync(e => e.Id == export.Id)).Retries, Is.Zero, "nothing re-rendered");
        Assert.That((await checkDb.EmailJobs.SingleAsync(j => j.Id == job.Id)).Status, Is.EqualTo(EmailJobStatus.Failed));
    }

    [Test]
    public async Task An_admins_failed_lists_show_whose_each_item_is()
    {
        var (owner, exportId) = await FailedExportAsync();
        var ownerMe = await ApiClient.ReadJsonAsync(await owner.GetAsync("/api/users/me"));
        var job = EmailJob.ForFreeTierExport(Guid.Parse(ownerMe["id"]!.GetValue<string>()), Guid.NewGuid(), "owner@example.com", DateTimeOffset.UtcNow);
        job.Fail(EmailErrorCodes.SmtpTransient, "421 try again later");
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.EmailJobs.Add(job);
            await db.SaveChangesAsync();
        }

        using var asAdmin = await TestData.AdminClientAsync(api);
        var exports = await ApiClient.ReadJsonAsync(await asAdmin.GetAsync("/api/resumes/exports/failed?limit=100"));
        var emails = await ApiClient.ReadJsonAsync(await asAdmin.GetAsync("/api/resumes/exports/failed-emails?limit=100"));

        var export = exports["items"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == exportId)!;
        var email = emails["items"]!.AsArray().Single(e => e!["jobId"]!.GetValue<string>() == job.Id.ToString())!;
        foreach (var item in new[] { export, email })
        {
            Assert.That(item["owner"]!["id"]!.GetValue<string>(), Is.EqualTo(ownerMe["id"]!.GetValue<string>()));
            Assert.That(item["owner"]!["email"]!.GetValue<string>(), Is.EqualTo(ownerMe["email"]!.GetValue<string>()));
        }
    }

    private async Task<(HttpClient Client, string ExportId)> FailedExportAsync()
    {
        faults.Enabled = true;
        var client = await SignedInClientAsync("pro");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var exportId = (await ExportClient.RequestAsync(client, resumeId))["id"]!.GetValue<string>();
        var done = await ExportClient.WaitUntilFinishedAsync(client, exportId);
        Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("failed"), done.ToJsonString());
        return (client, exportId);
    }

    private async Task<HttpClient> SignedInClientAsync(string plan)
    {
        var client = api.CreateClient();
        var (token, userId) = await ApiClient.RegisterAsync(client);
        if (plan != "free")
        {
            await TestData.MovePlanAsync(api, userId, plan);
        }

        return client.Authorize(token);
    }

    private static async Task<Guid> UserIdAsync(HttpClient client) =>
        Guid.Parse((await ApiClient.ReadJsonAsync(await client.GetAsync("/api/users/me")))["id"]!.GetValue<string>());
}
