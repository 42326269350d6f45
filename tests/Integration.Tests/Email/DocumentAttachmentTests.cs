using System.Net;
using System.Net.Http.Json;
using System.Text;
using MimeKit;
using ResumeExport.Integration.Tests.BulkApplies;
using ResumeExport.Integration.Tests.Exports;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Email;

/// <summary>
/// The real PDF worker writes the document and the real e-mail worker attaches it in its format: a free plan's
/// Markdown export mailed to its owner, a bulk apply's text resume mailed to each recruiter.
/// </summary>
[NonParallelizable]
public sealed class DocumentAttachmentTests : IntegrationFixture
{
    [Test]
    public async Task A_free_plans_markdown_export_is_mailed_to_its_owner_as_a_markdown_attachment()
    {
        await using var stack = EmailStack.Start(ConnectionString, VirtualHost);
        await using var pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, stack.StorageSettings);
        _ = pdfWorker.Services;
        var (client, _, resumeId, email) = await stack.NewUserWithResumeAsync("Data Engineer");

        var queued = await ExportClient.RequestAsync(client, resumeId.ToString(), new { format = "markdown" });
        await Eventually.UntilAsync(() => stack.Smtp.MessagesTo(email).Count > 0, "the export's mail to its owner", TimeSpan.FromSeconds(90));

        var mail = stack.Smtp.MessagesTo(email).Single();
        var attachment = mail.Attachments.OfType<MimePart>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(queued["delivery"]!.GetValue<string>(), Is.EqualTo("email"));
            Assert.That(attachment.FileName, Is.EqualTo("Data Engineer.md"));
            Assert.That(attachment.ContentType.MimeType, Is.EqualTo("text/markdown"));
            Assert.That(mail.TextBody, Does.Contain("Markdown file is attached"));
        });
        Assert.That(await DecodedTextAsync(attachment), Does.Contain("TU Berlin"));
    }

    [Test]
    public async Task A_bulk_apply_naming_text_sends_the_resume_as_a_text_attachment_to_every_recruiter()
    {
        await using var stack = EmailStack.Start(ConnectionString, VirtualHost);
        await using var pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, stack.StorageSettings);
        _ = pdfWorker.Services;
        var (client, _, resumeId, _) = await stack.NewUserWithResumeAsync("Applying in plain text");
        var recruiters = BulkApplyClient.Recruiters(2);
        var body = ResumeExport.Integration.Tests.Resumes.ResumesApiTests.ToJson(BulkApplyClient.Body(resumeId, recruiters));
        body["format"] = "text";

        var response = await client.PostAsJsonAsync("/api/applications/bulk", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        await Eventually.UntilAsync(() => recruiters.All(r => stack.Smtp.MessagesTo(r).Count > 0), "a mail to every recruiter", TimeSpan.FromSeconds(90));

        foreach (var recruiter in recruiters)
        {
            var attachment = stack.Smtp.MessagesTo(recruiter).Single().Attachments.OfType<MimePart>().Single();
            Assert.That(attachment.FileName, Is.EqualTo("Applying in plain text.txt"));
            Assert.That(attachment.ContentType.MimeType, Is.EqualTo("text/plain"));
            Assert.That(await DecodedTextAsync(attachment), Does.Contain("TU Berlin"));
        }
    }

    private static async Task<string> DecodedTextAsync(MimePart attachment)
    {
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        return Encoding.UTF8.GetString(content.ToArray());
    }
}
