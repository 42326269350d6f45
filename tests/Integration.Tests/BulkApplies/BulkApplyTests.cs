using System.Net;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Plans;
using ResumeExport.Integration.Tests.Email;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.BulkApplies;

/// <summary>Bulk apply over the real stack: API → PostgreSQL (rows + outbox) → RabbitMQ → e-mail worker → SMTP.</summary>
[NonParallelizable]
public sealed class BulkApplyTests : IntegrationFixture
{
    private EmailStack stack = null!;

    [OneTimeSetUp]
    public void StartStack() => stack = EmailStack.Start(ConnectionString, VirtualHost);

    [OneTimeTearDown]
    public async Task StopStackAsync() => await stack.DisposeAsync();

    [Test]
    public async Task A_bulk_apply_of_three_sends_three_mails_with_the_right_recipient_subject_reply_to_and_attachment()
    {
        var (client, userId, resumeId, applicantEmail) = await stack.NewUserWithResumeAsync();
        var (exportId, pdf) = await stack.CompletedExportAsync(userId, resumeId);
        var recruiters = BulkApplyClient.Recruiters(3);

        var response = await BulkApplyClient.PostAsync(client, resumeId, recruiters);
        var created = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), created.ToJsonString());
        Assert.That(created["exportId"]!.GetValue<Guid>(), Is.EqualTo(exportId), "the completed export is reused");
        Assert.That(created["applications"]!.AsArray().Select(a => a!["status"]!.GetValue<string>()), Is.All.EqualTo("queued"));
        await Eventually.UntilAsync(() => recruiters.All(r => stack.Smtp.MessagesTo(r).Count > 0), "a mail to every recruiter");

        for (var i = 0; i < recruiters.Length; i++)
        {
            var mail = stack.Smtp.MessagesTo(recruiters[i]).Single();
            Assert.That(mail.Subject, Is.EqualTo($"Application: Backend Engineer {i} — Test User"));
            Assert.That(mail.ReplyTo.Mailboxes.Single().Address, Is.EqualTo(applicantEmail));
            Assert.That(mail.TextBody, Does.Contain($"Hello Company {i},"));
            var attachment = mail.Attachments.OfType<MimeKit.MimePart>().Single();
            Assert.That(attachment.ContentType.MimeType, Is.EqualTo("application/pdf"));
            Assert.That(attachment.FileName, Is.EqualTo("Backend Engineer.pdf"));
            using var content = new MemoryStream();
            await attachment.Content!.DecodeToAsync(content);
            Assert.That(content.ToArray(), Is.EqualTo(pdf));
        }

        var status = await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/applications/bulk/{created["id"]}")),
            body => body["applications"]!.AsArray().All(a => a!["status"]!.GetValue<string>() == "sent"),
            "every application to be sent");
        Assert.That(status["applications"]!.AsArray().Select(a => a!["recipientEmail"]!.GetValue<string>()), Is.EqualTo(recruiters));
    }

    [Test]
    public async Task The_second_bulk_apply_of_the_day_on_the_free_plan_is_refused_with_the_daily_limit()
    {
        var (client, userId, resumeId, _) = await stack.NewUserWithResumeAsync();
        await stack.CompletedExportAsync(userId, resumeId);

        var first = await BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(1));
        var second = await BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(1));
        var problem = await ApiClient.ReadJsonAsync(second);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("/plan-limit-exceeded"));
        Assert.That(problem["limitName"]!.GetValue<string>(), Is.EqualTo(PlanLimitNames.DailyBulkApplies));
        Assert.That(problem["limit"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(problem["usage"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task More_recipients_than_the_plan_allows_are_refused_with_the_recipient_limit()
    {
        var (client, _, resumeId, _) = await stack.NewUserWithResumeAsync();

        var response = await BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(6));
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), problem.ToJsonString());
        Assert.That(problem["limitName"]!.GetValue<string>(), Is.EqualTo(PlanLimitNames.MaxBulkApplyRecipients));
    }

    [Test]
    public async Task Two_concurrent_bulk_applies_at_the_limit_let_exactly_one_through()
    {
        var (client, userId, resumeId, _) = await stack.NewUserWithResumeAsync();
        await stack.CompletedExportAsync(userId, resumeId);

        var responses = await Task.WhenAll(
            BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(2)),
            BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(2)));

        Assert.That(responses.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Accepted, HttpStatusCode.Forbidden }));
        Assert.That((await stack.JobsOfAsync(userId)).Count(j => j.Reason == EmailReason.BulkApply), Is.EqualTo(2), "only the winner queued e-mails");
    }

    [Test]
    public async Task Duplicate_recipients_are_rejected_naming_the_repeated_field()
    {
        var (client, _, resumeId, _) = await stack.NewUserWithResumeAsync();

        var response = await BulkApplyClient.PostAsync(client, resumeId, "hr@acme.example", "HR@Acme.example");
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "applications[1].recipientEmail" }));
    }

    [Test]
    public async Task Another_users_bulk_apply_is_not_found()
    {
        var (owner, userId, resumeId, _) = await stack.NewUserWithResumeAsync();
        await stack.CompletedExportAsync(userId, resumeId);
        var created = await ApiClient.ReadJsonAsync(await BulkApplyClient.PostAsync(owner, resumeId, BulkApplyClient.Recruiters(1)));
        var (stranger, _, _, _) = await stack.NewUserWithResumeAsync();

        var response = await stranger.GetAsync($"/api/applications/bulk/{created["id"]}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Without_a_completed_export_the_bulk_apply_queues_a_new_pdf_export_for_its_mails()
    {
        var (client, userId, resumeId, _) = await stack.NewUserWithResumeAsync();

        var response = await BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(1));
        var created = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), created.ToJsonString());
        var export = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/exports/{created["exportId"]}"));
        Assert.That(export["resumeId"]!.GetValue<Guid>(), Is.EqualTo(resumeId));
        Assert.That(export["status"]!.GetValue<string>(), Is.EqualTo("queued"));
    }
}
