using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Email;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.BulkApplies;

/// <summary>
/// A bulk apply for a resume with no PDF yet: the real PDF worker renders it and, in the same commit, releases the
/// waiting applications; the real e-mail worker then sends each with that PDF attached. When the PDF cannot be stored,
/// the applications fail with it, visibly.
/// </summary>
[NonParallelizable]
public sealed class BulkApplyWithRenderingTests : IntegrationFixture
{
    [Test]
    public async Task Applications_wait_for_the_new_pdf_and_go_out_with_it_attached()
    {
        await using var stack = EmailStack.Start(ConnectionString, VirtualHost);
        await using var pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, stack.StorageSettings);
        _ = pdfWorker.Services;
        var (client, _, resumeId, _) = await stack.NewUserWithResumeAsync("Applying everywhere");
        var recruiters = BulkApplyClient.Recruiters(2);

        var response = await BulkApplyClient.PostAsync(client, resumeId, recruiters);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());

        await Eventually.UntilAsync(() => recruiters.All(r => stack.Smtp.MessagesTo(r).Count > 0), "a mail to every recruiter", TimeSpan.FromSeconds(90));
        foreach (var recruiter in recruiters)
        {
            var attachment = stack.Smtp.MessagesTo(recruiter).Single().Attachments.OfType<MimeKit.MimePart>().Single();
            using var pdf = new MemoryStream();
            await attachment.Content!.DecodeToAsync(pdf);
            Assert.That(pdf.ToArray().AsSpan(0, 5).ToArray(), Is.EqualTo("%PDF-"u8.ToArray()), "the rendered PDF, not a placeholder");
        }
    }

    [Test]
    public async Task Applications_waiting_for_a_pdf_over_todays_upload_bytes_fail_with_it_visibly_counted_and_logged()
    {
        await using var stack = EmailStack.Start(ConnectionString, VirtualHost);
        var logs = new CapturingLoggerProvider();
        await using var pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, stack.StorageSettings,
            services => services.AddSingleton<ILoggerProvider>(logs));
        _ = pdfWorker.Services;

        // The free plan allows 5 MB of PDFs a day, far more than this one-page resume; in this test's own database it
        // allows 1 kB, so the PDF renders but cannot be stored (the enqueue only checks that some bytes are left).
        await using (var scope = stack.Api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database
                .ExecuteSqlRawAsync("UPDATE plan_limits SET daily_upload_bytes = 1000 WHERE plan_code = 'free'");
        }

        var (client, _, resumeId, _) = await stack.NewUserWithResumeAsync("Too big to store");
        var recruiters = BulkApplyClient.Recruiters(2);
        var created = await ApiClient.ReadJsonAsync(await BulkApplyClient.PostAsync(client, resumeId, recruiters));
        var bulkApplyId = created["id"]!.GetValue<string>();
        var exportId = created["exportId"]!.GetValue<string>();

        var bulkApply = await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/applications/bulk/{bulkApplyId}")),
            state => state["applications"]!.AsArray().All(a => a!["status"]!.GetValue<string>() != "queued"),
            "every application out of queued", TimeSpan.FromSeconds(90));

        var export = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/exports/{exportId}"));
        var failedEmails = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes/exports/failed-emails"));
        var jobIds = bulkApply["applications"]!.AsArray().Select(a => a!["emailJobId"]!.GetValue<string>()).ToArray();
        await using var counterScope = stack.Api.Services.CreateAsyncScope();
        var counters = await counterScope.ServiceProvider.GetRequiredService<IEmailCounters>().ReadAsync(CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(export["status"]!.GetValue<string>(), Is.EqualTo("failed"));
            Assert.That(export["errorCode"]!.GetValue<string>(), Is.EqualTo("upload_limit_exceeded"));
            foreach (var application in bulkApply["applications"]!.AsArray())
            {
                Assert.That(application!["status"]!.GetValue<string>(), Is.EqualTo("failed"), application.ToJsonString());
                Assert.That(application["attempts"]!.GetValue<int>(), Is.EqualTo(1), application.ToJsonString());
                Assert.That(application["errorCode"]!.GetValue<string>(), Is.EqualTo("export_failed"), application.ToJsonString());
            }

            Assert.That(failedEmails["items"]!.AsArray().Select(j => j!["jobId"]!.GetValue<string>()), Is.SupersetOf(jobIds), "listed in failed-emails");
            Assert.That(counters.GetValueOrDefault((EmailReason.BulkApply, EmailJobStatus.Failed)), Is.EqualTo(2), "bulkApply.failed");
            Assert.That(logs.Entries.Where(e => e.EventId.Id == 4002).Select(e => e.Message),
                Has.One.Contains(exportId).And.Contains("upload_limit_exceeded"), "the export's structured failure log");
            Assert.That(logs.Entries.Where(e => e.EventId.Id == 4003).Select(e => e.Message), Has.Exactly(2).Contains(exportId));
            Assert.That(recruiters.SelectMany(stack.Smtp.MessagesTo), Is.Empty, "no application went out without its PDF");
        });
    }
}
