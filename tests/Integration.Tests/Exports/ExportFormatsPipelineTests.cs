using System.Net;
using System.Text;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// DOCX, Markdown and text over the real stack, like PDFs: API → outbox → <c>render-export-document</c> → the PDF
/// worker's document endpoint → storage → download with the format's Content-Type and file name. Both storage drivers.
/// </summary>
[TestFixture("local")]
[TestFixture("s3")]
public sealed class ExportFormatsPipelineTests(string driver) : IntegrationFixture
{
    private ApiFactory api = null!;
    private WorkerFactory<RenderExportPdfConsumer> worker = null!;

    [OneTimeSetUp]
    public void StartStack()
    {
        var storage = new Dictionary<string, string?> { ["Storage:Driver"] = driver };
        api = new ApiFactory(ConnectionString, VirtualHost, storage);
        api.StartServer();
        worker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, storage);
        _ = worker.Services; // starts the worker: both endpoints, relay, Chromium pool
    }

    [OneTimeTearDown]
    public async Task StopStackAsync()
    {
        await worker.DisposeAsync();
        await api.DisposeAsync();
    }

    [TestCase("markdown", "text/markdown", "md")]
    [TestCase("text", "text/plain", "txt")]
    [TestCase("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")]
    public async Task A_resume_is_exported_and_downloaded_in_the_format_with_its_content_type_and_file_name(string format, string mediaType, string extension)
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("Platform Engineer")))["id"]!.GetValue<string>();

        var queued = await ExportClient.RequestAsync(client, resumeId, new { format });
        var done = await ExportClient.WaitUntilFinishedAsync(client, queued["id"]!.GetValue<string>());
        var (headers, content) = await DownloadAsync(client, queued["id"]!.GetValue<string>());

        Assert.Multiple(() =>
        {
            Assert.That(queued["format"]!.GetValue<string>(), Is.EqualTo(format));
            Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());
            Assert.That(headers.ContentType?.MediaType, Is.EqualTo(mediaType));
            Assert.That(headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo($"Platform Engineer.{extension}"));
            Assert.That(content.LongLength, Is.EqualTo(done["sizeBytes"]!.GetValue<long>()));
        });
        if (format == "docx")
        {
            Assert.That(content.AsSpan(0, 2).ToArray(), Is.EqualTo("PK"u8.ToArray()), "a DOCX is a zip package");
        }
        else
        {
            Assert.That(Encoding.UTF8.GetString(content), Does.Contain("TU Berlin"));
        }
    }

    [Test]
    public async Task A_document_export_has_no_preview()
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var exportId = (await ExportClient.RequestAsync(client, resumeId, new { format = "markdown" }))["id"]!.GetValue<string>();
        var done = await ExportClient.WaitUntilFinishedAsync(client, exportId);
        Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());

        var response = await client.GetAsync($"/api/resumes/exports/{exportId}/preview");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await ApiClient.ReadJsonAsync(response))["code"]!.GetValue<string>(), Is.EqualTo("preview_unavailable"));
    }

    private async Task<(System.Net.Http.Headers.HttpContentHeaders Headers, byte[] Content)> DownloadAsync(HttpClient client, string exportId)
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = client.BaseAddress };
        noRedirects.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        var response = await noRedirects.GetAsync($"/api/resumes/exports/{exportId}/download");
        if (driver == "s3")
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            using var s3 = new HttpClient();
            response = await s3.GetAsync(response.Headers.Location);
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (response.Content.Headers, await response.Content.ReadAsByteArrayAsync());
    }
}
