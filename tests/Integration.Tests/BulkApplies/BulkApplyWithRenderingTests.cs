using System.Net;
using ResumeExport.Integration.Tests.Email;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.BulkApplies;

/// <summary>
/// A bulk apply for a resume with no PDF yet: the real PDF worker renders it and, in the same commit, releases the
/// waiting applications; the real e-mail worker then sends each with that PDF attached.
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
}
