using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Integration.Tests.Email;
using ResumeExport.Integration.Tests.Exports;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.BulkApplies;

/// <summary>
/// What was sent, over the real API, PDF worker, e-mail worker, PostgreSQL, RabbitMQ and the tests' SMTP server: the
/// export renders the resume version it recorded, the bulk-apply resource shows per recipient the version and hash of
/// the file that reached the SMTP server, and a stored file that no longer matches its hash is never sent.
/// </summary>
[NonParallelizable]
public sealed class WhatWasSentTests : IntegrationFixture
{
    [Test]
    public async Task A_bulk_apply_after_two_edits_shows_per_recipient_the_version_and_hash_of_the_file_that_reached_the_smtp_server()
    {
        await using var stack = EmailStack.Start(ConnectionString, VirtualHost);
        await using var pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, stack.StorageSettings);
        _ = pdfWorker.Services;
        var (client, _, resumeId, _) = await stack.NewUserWithResumeAsync("Draft");
        await EditAsync(client, resumeId, "Second draft");
        await EditAsync(client, resumeId, "Final");
        var recruiters = BulkApplyClient.Recruiters(2);

        var created = await ApiClient.ReadJsonAsync(await BulkApplyClient.PostAsync(client, resumeId, recruiters));
        var bulkApplyId = created["id"]!.GetValue<string>();
        await Eventually.UntilAsync(() => recruiters.All(r => stack.Smtp.MessagesTo(r).Count > 0), "a mail to every recruiter", TimeSpan.FromSeconds(90));
        var arrived = new Dictionary<string, string>();
        foreach (var recruiter in recruiters)
        {
            var attachment = stack.Smtp.MessagesTo(recruiter).Single().Attachments.OfType<MimeKit.MimePart>().Single();
            using var bytes = new MemoryStream();
            await attachment.Content!.DecodeToAsync(bytes);
            arrived[recruiter] = Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
        }

        var bulkApply = await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/applications/bulk/{bulkApplyId}")),
            state => state["applications"]!.AsArray().All(a => a!["status"]!.GetValue<string>() == "sent"),
            "every application recorded as sent");
        var export = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/exports/{created["exportId"]}"));

        Assert.Multiple(() =>
        {
            foreach (var application in bulkApply["applications"]!.AsArray())
            {
                var recipient = application!["recipientEmail"]!.GetValue<string>();
                Assert.That(application["resumeVersion"]!.GetValue<int>(), Is.EqualTo(3), "created, then edited twice");
                Assert.That(application["sha256"]!.GetValue<string>(), Is.EqualTo(arrived[recipient]), $"the hash of what reached {recipient}");
                Assert.That(application["exportId"]!.GetValue<string>(), Is.EqualTo(created["exportId"]!.GetValue<string>()));
            }

            Assert.That(export["resumeVersion"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(export["sha256"]!.GetValue<string>(), Is.EqualTo(arrived[recruiters[0]]), "the file the export stored");
        });
    }

    [Test]
    public async Task A_stored_file_overwritten_after_it_was_hashed_fails_the_email_with_export_file_mismatch_and_sends_nothing()
    {
        await using var stack = EmailStack.Start(ConnectionString, VirtualHost);
        var (client, userId, resumeId, _) = await stack.NewUserWithResumeAsync("Tampered");
        var (exportId, _) = await stack.CompletedExportAsync(userId, resumeId);
        await using (var scope = stack.Api.Services.CreateAsyncScope())
        {
            // Same key, other bytes: what a corrupted or swapped object in storage looks like.
            await scope.ServiceProvider.GetRequiredService<IExportStorage>()
                .SaveAsync(ExportStorageKeys.For(userId, exportId), Encoding.ASCII.GetBytes("%PDF-1.4\n% someone else's file\n%%EOF\n"), "application/pdf", CancellationToken.None);
        }

        var recruiters = BulkApplyClient.Recruiters(2);
        var created = await ApiClient.ReadJsonAsync(await BulkApplyClient.PostAsync(client, resumeId, recruiters));
        Assert.That(created["exportId"]!.GetValue<string>(), Is.EqualTo(exportId.ToString()), "the completed export is reused");
        var bulkApply = await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/applications/bulk/{created["id"]}")),
            state => state["applications"]!.AsArray().All(a => a!["status"]!.GetValue<string>() != "queued"),
            "every application out of queued");

        Assert.Multiple(() =>
        {
            foreach (var application in bulkApply["applications"]!.AsArray())
            {
                Assert.That(application!["status"]!.GetValue<string>(), Is.EqualTo("failed"), application.ToJsonString());
                Assert.That(application["errorCode"]!.GetValue<string>(), Is.EqualTo("export_file_mismatch"), application.ToJsonString());
                Assert.That(application["sha256"], Is.Null, "nothing was sent, so nothing is recorded as sent");
            }

            Assert.That(recruiters.SelectMany(stack.Smtp.MessagesTo), Is.Empty, "no mail went out with a file other than the export's");
        });
    }

    [Test]
    public async Task An_export_renders_the_version_it_recorded_even_when_the_resume_is_edited_before_the_worker_runs()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost);
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = (await Resumes.ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("As requested")))["id"]!.GetValue<string>();
        var queued = await ExportClient.RequestAsync(client, resumeId, new { format = "markdown" });
        await EditAsync(client, Guid.Parse(resumeId), "Edited afterwards");

        // No worker ran yet: it starts after the edit and must still render version 1.
        await using var worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost);
        _ = worker.Services;
        var done = await ExportClient.WaitUntilFinishedAsync(client, queued["id"]!.GetValue<string>());
        var download = await client.GetAsync($"/api/resumes/exports/{queued["id"]}/download");
        var content = await download.Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(queued["resumeVersion"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());
            Assert.That(done["resumeVersion"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Encoding.UTF8.GetString(content), Does.Contain("As requested").And.Not.Contain("Edited afterwards"));
            Assert.That(done["sha256"]!.GetValue<string>(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(content))));
        });
    }

    private static async Task EditAsync(HttpClient client, Guid resumeId, string title)
    {
        var response = await client.PutAsJsonAsync($"/api/resumes/{resumeId}", ResumeSamples.Classic(title));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
