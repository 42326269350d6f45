using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Contracts;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.SystemLogs;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;
using UglyToad.PdfPig;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// The export pipeline over the real stack: API → PostgreSQL (row + outbox) → relay → RabbitMQ → PDF worker →
/// Chromium → storage → PostgreSQL, then the download and the preview. Parameterised over both storage drivers.
/// </summary>
[TestFixture("local")]
[TestFixture("s3")]
public sealed class ExportPipelineTests(string driver) : IntegrationFixture
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

    [Test]
    public async Task A_resume_is_exported_and_downloaded_as_a_pdf_with_its_names_and_title()
    {
        var client = await SignedInClientAsync("pro", displayName: "Jürgen Müller");
        var resume = ResumesApiTests.ToJson(ResumeSamples.Classic("Jürgen Müller — Backend Engineer"));
        resume["sections"]![0]!["items"]![0]!["text"] = "Worked with 张伟 on distributed systems.";
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, resume))["id"]!.GetValue<string>();

        var response = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" });
        var queued = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), queued.ToJsonString());
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/resumes/exports/{queued["id"]}"));
        Assert.That(queued["status"]!.GetValue<string>(), Is.EqualTo("queued"));

        var done = await ExportClient.WaitUntilFinishedAsync(client, queued["id"]!.GetValue<string>());
        Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());
        Assert.That(done["expiresAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(done["completedAt"]!.GetValue<DateTimeOffset>().AddDays(30)).Within(TimeSpan.FromSeconds(1)));

        var pdf = await DownloadAsync(client, queued["id"]!.GetValue<string>());
        Assert.That(pdf.LongLength, Is.EqualTo(done["sizeBytes"]!.GetValue<long>()));
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.That(document.Information.Title, Is.EqualTo("Jürgen Müller — Backend Engineer"));
        Assert.That(text, Does.Contain("Müller"));
        Assert.That(text, Does.Contain("张伟"));
    }

    [Test]
    public async Task A_thirty_item_experience_section_flows_onto_several_a4_pages()
    {
        var client = await SignedInClientAsync("pro");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("Long career", experienceItems: 30)))["id"]!.GetValue<string>();

        var queued = await ExportClient.RequestAsync(client, resumeId, new { format = "pdf", pageSize = "a4" });
        var done = await ExportClient.WaitUntilFinishedAsync(client, queued["id"]!.GetValue<string>());
        Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());

        using var document = PdfDocument.Open(await DownloadAsync(client, queued["id"]!.GetValue<string>()));
        Assert.That(document.NumberOfPages, Is.GreaterThanOrEqualTo(2));
        Assert.That(document.GetPages().Select(p => (Math.Round(p.Width), Math.Round(p.Height))), Is.All.EqualTo((595d, 842d)));
    }

    [Test]
    public async Task The_same_idempotency_key_returns_the_same_export_and_another_resume_is_a_conflict()
    {
        var client = await SignedInClientAsync("pro");
        var first = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("One")))["id"]!.GetValue<string>();
        var second = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("Two")))["id"]!.GetValue<string>();
        var key = $"key-{Guid.NewGuid():N}";

        var created = await ExportClient.RequestAsync(client, first, new { format = "pdf", idempotencyKey = key });
        var again = await ExportClient.RequestAsync(client, first, new { format = "pdf", idempotencyKey = key }, HttpStatusCode.OK);
        var viaHeader = new HttpRequestMessage(HttpMethod.Post, $"/api/resumes/{first}/exports") { Content = JsonContent.Create(new { format = "pdf" }) };
        viaHeader.Headers.Add("Idempotency-Key", key);
        var headerResponse = await client.SendAsync(viaHeader);
        var conflict = await client.PostAsJsonAsync($"/api/resumes/{second}/exports", new { format = "pdf", idempotencyKey = key });

        Assert.That(again["id"]!.GetValue<string>(), Is.EqualTo(created["id"]!.GetValue<string>()));
        Assert.That(headerResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ApiClient.ReadJsonAsync(headerResponse))["id"]!.GetValue<string>(), Is.EqualTo(created["id"]!.GetValue<string>()));
        Assert.That(conflict.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await ApiClient.ReadJsonAsync(conflict))["code"]!.GetValue<string>(), Is.EqualTo("idempotency_key_reused"));
    }

    [Test]
    public async Task Concurrent_requests_with_one_idempotency_key_create_one_export()
    {
        var client = await SignedInClientAsync("pro");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var key = $"race-{Guid.NewGuid():N}";

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf", idempotencyKey = key })));
        var ids = await Task.WhenAll(responses.Select(async r => (await ApiClient.ReadJsonAsync(r))["id"]!.GetValue<string>()));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Accepted), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(5));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task The_free_plan_allows_three_exports_a_day_and_the_fourth_is_a_403()
    {
        var client = await SignedInClientAsync("free");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        for (var i = 0; i < 3; i++)
        {
            await ExportClient.RequestAsync(client, resumeId);
        }

        var fourth = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" });
        var problem = await ApiClient.ReadJsonAsync(fourth);

        Assert.That(fourth.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), problem.ToJsonString());
        Assert.That(problem["limitName"]!.GetValue<string>(), Is.EqualTo("dailyExports"));
        Assert.That(problem["limit"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(problem["usage"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_free_plan_export_is_also_queued_for_email_to_its_owner()
    {
        var client = await SignedInClientAsync("free");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();

        var queued = await ExportClient.RequestAsync(client, resumeId, new { format = "pdf", delivery = "download" });
        var done = await ExportClient.WaitUntilFinishedAsync(client, queued["id"]!.GetValue<string>());

        Assert.That(done["delivery"]!.GetValue<string>(), Is.EqualTo("email"), "the free plan delivers by e-mail; download stays available");
        Assert.That((await client.GetAsync($"/api/resumes/exports/{queued["id"]}/download")).IsSuccessStatusCode || driver == "s3", Is.True);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var exportId = Guid.Parse(queued["id"]!.GetValue<string>());
        var job = await db.EmailJobs.SingleAsync(j => j.ExportId == exportId);
        Assert.That(job.Reason, Is.EqualTo(EmailReason.FreeTierExport));
        var emailMessages = await db.OutboxMessages.Where(m => m.MessageType == typeof(SendExportEmail).FullName).ToListAsync();
        Assert.That(emailMessages.Select(m => m.Payload), Has.Some.Contains(job.Id.ToString()));
    }

    [Test]
    public async Task Storing_past_the_daily_upload_bytes_fails_the_export_with_upload_limit_exceeded()
    {
        var client = await SignedInClientAsync("team");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            // The team plan of this fixture's database gets a tiny allowance: any real PDF is over it.
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database
                .ExecuteSqlRawAsync("UPDATE plan_limits SET daily_upload_bytes = 1000 WHERE plan_code = 'team'");
        }

        var queued = await ExportClient.RequestAsync(client, resumeId);
        var done = await ExportClient.WaitUntilFinishedAsync(client, queued["id"]!.GetValue<string>());

        Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("failed"));
        Assert.That(done["errorCode"]!.GetValue<string>(), Is.EqualTo("upload_limit_exceeded"));
        var failed = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes/exports/failed"));
        Assert.That(failed["items"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()), Does.Contain(queued["id"]!.GetValue<string>()));
    }

    [Test]
    public async Task Another_users_export_is_404_for_read_and_download()
    {
        var owner = await SignedInClientAsync("pro");
        var resumeId = (await ResumesApiTests.PostResumeAsync(owner, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var exportId = (await ExportClient.RequestAsync(owner, resumeId))["id"]!.GetValue<string>();
        await ExportClient.WaitUntilFinishedAsync(owner, exportId);
        var stranger = await SignedInClientAsync("pro");

        var read = await stranger.GetAsync($"/api/resumes/exports/{exportId}");
        var download = await stranger.GetAsync($"/api/resumes/exports/{exportId}/download");
        var export = await stranger.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" });

        Assert.That(new[] { read.StatusCode, download.StatusCode, export.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_redelivered_message_for_a_completed_export_changes_nothing()
    {
        var client = await SignedInClientAsync("pro");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var exportId = Guid.Parse((await ExportClient.RequestAsync(client, resumeId))["id"]!.GetValue<string>());
        var done = await ExportClient.WaitUntilFinishedAsync(client, exportId.ToString());
        var userId = await UserIdOfExportAsync(exportId);

        // The same message again (as after a relay crash between publish and commit), then a marker export behind it.
        await api.Services.GetRequiredService<IBus>().Publish(new RenderExportPdf(exportId, userId, DateTimeOffset.UtcNow));
        var marker = (await ExportClient.RequestAsync(client, resumeId))["id"]!.GetValue<string>();
        await ExportClient.WaitUntilFinishedAsync(client, marker);

        var after = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/exports/{exportId}"));
        Assert.That(after["attempts"]!.GetValue<int>(), Is.EqualTo(done["attempts"]!.GetValue<int>()));
        Assert.That(after["completedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(done["completedAt"]!.GetValue<DateTimeOffset>()));
        await using var scope = api.Services.CreateAsyncScope();
        var storedLogs = await scope.ServiceProvider.GetRequiredService<AppDbContext>().SystemLogs
            .Where(l => l.Action == SystemLogActions.ExportStored).ToListAsync();
        var stored = storedLogs.Count(l => l.Metadata.Contains(exportId.ToString(), StringComparison.Ordinal));
        Assert.That(stored, Is.EqualTo(1), "stored once");
    }

    [TestCase("classic")]
    [TestCase("modern")]
    [TestCase("compact")]
    public async Task A_completed_export_has_a_600_px_png_preview_of_a_page_with_content(string templateKey)
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await CompletedExportOfTemplateAsync(client, templateKey);
        var previewKey = ExportStorageKeys.PreviewFor(await UserIdOfExportAsync(Guid.Parse(exportId)), Guid.Parse(exportId));
        var storage = api.Services.GetRequiredService<IExportStorage>();
        var madeByTheRender = await storage.ExistsAsync(previewKey, CancellationToken.None);

        var response = await client.GetAsync($"/api/resumes/exports/{exportId}/preview");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var png = await response.Content.ReadAsByteArrayAsync();
        var preview = PngPixels.Decode(png);
        var stored = await storage.ReadAsync(previewKey, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(madeByTheRender, Is.False, "the render pays nothing for the preview (decision 22)");
            Assert.That(stored, Is.EqualTo(png), "the first view stored it beside the PDF");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(preview.Width, Is.EqualTo(600));
            Assert.That(preview.Height, Is.EqualTo(849).Within(1), "A4");
            // A short resume is mostly white paper (about 2 % ink at 600 px); a blank page has none.
            Assert.That(preview.InkRatio(), Is.GreaterThan(0.005), "not a blank page");
        });
    }

    [Test]
    public async Task The_preview_carries_a_strong_etag_no_store_and_nosniff_and_if_none_match_answers_304()
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await CompletedExportOfTemplateAsync(client, "classic");

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
    public async Task A_preview_that_cannot_be_drawn_now_is_a_503_with_retry_after_and_the_next_view_draws_it()
    {
        // A second API on the same database and storage whose mutool fails on every file (/bin/false exits 1).
        var settings = new Dictionary<string, string?> { ["Storage:Driver"] = driver, ["Previews:MutoolPath"] = "/bin/false" };
        await using var broken = new ApiFactory(ConnectionString, VirtualHost, settings);
        var (client, _) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await CompletedExportOfTemplateAsync(client, "classic");
        using var brokenClient = broken.CreateClient();
        brokenClient.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;

        var failed = await brokenClient.GetAsync($"/api/resumes/exports/{exportId}/preview");
        var problem = await ApiClient.ReadJsonAsync(failed);
        var retried = await client.GetAsync($"/api/resumes/exports/{exportId}/preview");

        Assert.Multiple(() =>
        {
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(failed.Headers.RetryAfter, Is.Not.Null);
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("preview").And.Not.Contain("mutool").And.Not.Contain("Exception"));
            Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK), "nothing was stored by the failed view; the next one draws it");
        });
    }

    [Test]
    public async Task Another_users_preview_is_404_like_a_missing_one()
    {
        var (owner, _) = await TestData.SignedInClientAsync(api, "pro");
        var exportId = await CompletedExportOfTemplateAsync(owner, "classic");
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

    private static async Task<string> CompletedExportOfTemplateAsync(HttpClient client, string templateKey)
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

    private async Task<Guid> UserIdOfExportAsync(Guid exportId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Exports.SingleAsync(e => e.Id == exportId)).UserId;
    }

    private async Task<byte[]> DownloadAsync(HttpClient client, string exportId)
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = client.BaseAddress };
        noRedirects.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        var response = await noRedirects.GetAsync($"/api/resumes/exports/{exportId}/download");
        if (driver == "s3")
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            using var s3 = new HttpClient();
            var presigned = await s3.GetAsync(response.Headers.Location);
            Assert.That(presigned.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            return await presigned.Content.ReadAsByteArrayAsync();
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, Does.EndWith(".pdf"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.AsSpan(0, 5).ToArray(), Is.EqualTo("%PDF-"u8.ToArray()));
        return bytes;
    }

    private async Task<HttpClient> SignedInClientAsync(string plan, string displayName = "Test User")
    {
        var client = api.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = $"x-{Guid.NewGuid():N}@example.com", password = "correct-horse-battery", displayName });
        var body = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
        if (plan != "free")
        {
            await TestData.MovePlanAsync(api, Guid.Parse(body["user"]!["id"]!.GetValue<string>()), plan);
        }

        return client.Authorize(body["accessToken"]!.GetValue<string>());
    }
}
