using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Infrastructure.Persistence;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// <c>GET /api/resumes/exports/{exportId}/preview</c> over the real stack (API, RabbitMQ, the PDF worker with Chromium,
/// PostgreSQL) and both storage drivers: the PNG of page 1 made with the PDF, owner only, 409 until completed.
/// </summary>
[TestFixture("local")]
[TestFixture("s3")]
public sealed class ExportPreviewTests(string driver) : IntegrationFixture
{
    private ApiFactory api = null!;
    private WorkerFactory<RenderExportPdfConsumer> pdfWorker = null!;

    [OneTimeSetUp]
    public void StartStack()
    {
        var storage = new Dictionary<string, string?> { ["Storage:Driver"] = driver };
        api = new ApiFactory(ConnectionString, VirtualHost, storage);
        api.StartServer();
        pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost, storage);
        _ = pdfWorker.Services; // starts the worker: consumers, relay, Chromium pool
    }

    [OneTimeTearDown]
    public async Task StopStackAsync()
    {
        await pdfWorker.DisposeAsync();
        await api.DisposeAsync();
    }

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    public async Task A_completed_export_has_a_600_px_png_preview_of_a_page_with_content(string templateKey)
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await CompletedExportAsync(client, templateKey);

        var response = await client.GetAsync($"/api/resumes/exports/{exportId}/preview");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var png = await response.Content.ReadAsByteArrayAsync();
        var preview = PngPixels.Decode(png);
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(preview.Width, Is.EqualTo(600));
            Assert.That(preview.Height, Is.EqualTo(849).Within(1), "A4");
            Assert.That(preview.InkRatio(), Is.GreaterThan(0.02), "not a blank page");
        });
    }

    [Test]
    public async Task The_preview_carries_a_strong_etag_no_store_and_nosniff_and_if_none_match_answers_304()
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await CompletedExportAsync(client, "classic");

        var first = await client.GetAsync($"/api/resumes/exports/{exportId}/preview");
        var etag = first.Headers.ETag;
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, $"/api/resumes/exports/{exportId}/preview");
        revalidation.Headers.IfNoneMatch.Add(etag!);
        var second = await client.SendAsync(revalidation);
        using var stale = new HttpRequestMessage(HttpMethod.Get, $"/api/resumes/exports/{exportId}/preview");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef0123456789abcdef\""));
        var third = await client.SendAsync(stale);

        Assert.Multiple(() =>
        {
            Assert.That(etag, Is.Not.Null);
            Assert.That(etag!.IsWeak, Is.False);
            Assert.That(first.Headers.CacheControl?.NoStore, Is.True, "personal data: never kept by browsers or proxies");
            Assert.That(first.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(second.Headers.ETag, Is.EqualTo(etag));
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public async Task Another_users_preview_is_404_like_a_missing_one()
    {
        var (owner, _) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await CompletedExportAsync(owner, "classic");
        var (stranger, _) = await TestData.SignedInClientAsync(api, "pro");

        var theirs = await stranger.GetAsync($"/api/resumes/exports/{exportId}/preview");
        var missing = await owner.GetAsync($"/api/resumes/exports/{Guid.NewGuid()}/preview");

        Assert.That(new[] { theirs.StatusCode, missing.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
        var problem = await ApiClient.ReadJsonAsync(theirs);
        Assert.That(problem["code"], Is.Null, "nothing tells a stranger the export exists");
    }

    [TestCase(ExportStatus.Queued, "export_queued")]
    [TestCase(ExportStatus.Processing, "export_processing")]
    [TestCase(ExportStatus.Failed, "export_failed")]
    public async Task The_preview_of_an_export_that_is_not_completed_is_a_409_naming_its_status(ExportStatus status, string code)
    {
        var (client, userId) = await TestData.SignedInClientAsync(api, "pro");
        var export = Export.Request(userId, Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, DateTimeOffset.UtcNow);
        if (status != ExportStatus.Queued)
        {
            export.StartAttempt();
        }

        if (status == ExportStatus.Failed)
        {
            export.Fail(ExportErrorCodes.RenderFailed, "Chromium crashed.", DateTimeOffset.UtcNow);
        }

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Exports.Add(export);
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync($"/api/resumes/exports/{export.Id}/preview");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await ApiClient.ReadJsonAsync(response))["code"]!.GetValue<string>(), Is.EqualTo(code));
    }

    [Test]
    public async Task An_export_completed_before_previews_existed_is_a_404_preview_unavailable()
    {
        var (client, userId) = await TestData.SignedInClientAsync(api, "pro");
        var (exportId, _) = await TestData.CompletedExportAsync(api, userId, Guid.NewGuid());

        var response = await client.GetAsync($"/api/resumes/exports/{exportId}/preview");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var problem = await ApiClient.ReadJsonAsync(response);
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("preview_unavailable"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("before previews"));
    }

    private static async Task<string> CompletedExportAsync(HttpClient client, string templateKey)
    {
        var resume = ResumesApiTests.ToJson(ResumeSamples.Classic($"{templateKey} preview"));
        resume["templateKey"] = templateKey;
        resume["sections"]!.AsArray().Add(new JsonObject
        {
            ["kind"] = "skills",
            ["title"] = "Skills",
            ["items"] = new JsonArray(new JsonObject { ["name"] = "C#", ["level"] = "Expert" }),
        });
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, resume))["id"]!.GetValue<string>();
        var exportId = (await ExportClient.RequestAsync(client, resumeId))["id"]!.GetValue<string>();
        var done = await ExportClient.WaitUntilFinishedAsync(client, exportId);
        Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());
        return exportId;
    }
}
