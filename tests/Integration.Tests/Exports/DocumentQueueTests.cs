using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// A document export does not wait behind PDF renders (decision 27): with one Chromium page and a backlog of long
/// PDFs, a DOCX requested after them completes while PDFs are still queued or rendering.
/// </summary>
public sealed class DocumentQueueTests : IntegrationFixture
{
    // With the DOCX within the per-user burst of 12 export requests.
    private const int QueuedPdfs = 10;

    [Test]
    public async Task A_docx_requested_behind_a_pdf_backlog_completes_before_the_backlog_is_done()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost);
        api.StartServer();
        await using var worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost,
            new Dictionary<string, string?> { ["Chromium:MaxConcurrentPages"] = "1" });
        _ = worker.Services;
        var (client, _) = await TestData.SignedInClientAsync(api, "team");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("Long career", experienceItems: 30)))["id"]!.GetValue<string>();
        var pdfs = new List<string>();
        for (var i = 0; i < QueuedPdfs; i++)
        {
            pdfs.Add((await ExportClient.RequestAsync(client, resumeId, new { format = "pdf" }))["id"]!.GetValue<string>());
        }

        var docx = (await ExportClient.RequestAsync(client, resumeId, new { format = "docx" }))["id"]!.GetValue<string>();
        var done = await ExportClient.WaitUntilFinishedAsync(client, docx);
        var pdfStatuses = await Task.WhenAll(pdfs.Select(async id =>
            (await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/exports/{id}")))["status"]!.GetValue<string>()));

        Assert.Multiple(() =>
        {
            Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());
            Assert.That(pdfStatuses.Count(s => s is "queued" or "processing"), Is.GreaterThan(0),
                $"the DOCX finished while PDFs were still waiting ({string.Join(", ", pdfStatuses)})");
        });

        // The backlog still drains: the document endpoint took nothing from the PDF one.
        foreach (var pdf in pdfs)
        {
            Assert.That((await ExportClient.WaitUntilFinishedAsync(client, pdf, TimeSpan.FromMinutes(3)))["status"]!.GetValue<string>(), Is.EqualTo("completed"));
        }
    }
}
