using System.Net;
using System.Net.Http.Json;
using ResumeExport.Integration.Tests.BulkApplies;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;
using ResumeExport.Workers.Pdf.Exports;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// Backpressure on the render queue (decision 34) over the real stack: with a bound of two unfinished exports and no
/// PDF worker consuming, the third request is refused with 503, Retry-After and code render_queue_full (nothing
/// queued), a bulk apply that needs a render too; once a worker drains the backlog, requests are accepted again.
/// </summary>
[NonParallelizable]
public sealed class RenderQueueBackpressureTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Backpressure:MaxUnfinishedExports"] = "2",
            ["Backpressure:RetryAfter"] = "00:00:07",
            // Every request counts afresh, so the refusal and the recovery show at once.
            ["Backpressure:DepthCacheDuration"] = "00:00:00",
        };
        foreach (var bucket in new[] { "ExportEnqueue", "BulkApply" })
        {
            settings[$"BurstLimits:{bucket}:TokenLimit"] = "1000";
            settings[$"BurstLimits:{bucket}:TokensPerPeriod"] = "1000";
            settings[$"BurstLimits:{bucket}:ReplenishmentPeriod"] = "00:00:01";
        }

        api = new ApiFactory(ConnectionString, VirtualHost, settings);
        api.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task A_full_render_queue_refuses_new_exports_with_503_and_Retry_After_until_a_worker_drains_it()
    {
        var (client, _) = await TestData.SignedInClientAsync(api, "team");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var firstKey = Guid.NewGuid().ToString();
        var accepted = new[]
        {
            (await ExportClient.RequestAsync(client, resumeId, new { format = "pdf", idempotencyKey = firstKey }))["id"]!.GetValue<string>(),
            (await ExportClient.RequestAsync(client, resumeId, new { format = "pdf", pageSize = "letter" }))["id"]!.GetValue<string>(),
        };

        var refused = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" });
        var problem = await ApiClient.ReadJsonAsync(refused);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), problem.ToJsonString());
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("render_queue_full"));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("/service-unavailable"));
        Assert.That(problem["retryAfterSeconds"]!.GetValue<int>(), Is.EqualTo(7));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("waiting to be rendered").And.Contain("nothing was queued"));
        Assert.That(await ExportCountAsync(client), Is.EqualTo(2), "the refused request queued nothing");

        // A replay of an accepted request still answers with its export, however full the queue.
        var replay = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf", idempotencyKey = firstKey });
        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // A bulk apply whose file must be rendered adds to the same queue, so it is refused the same way.
        var bulk = await BulkApplyClient.PostAsync(client, Guid.Parse(resumeId), "recruiter@company.example");
        var bulkProblem = await ApiClient.ReadJsonAsync(bulk);
        Assert.That(bulk.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), bulkProblem.ToJsonString());
        Assert.That(bulk.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(bulkProblem["code"]!.GetValue<string>(), Is.EqualTo("render_queue_full"));

        await using (var pdfWorker = new WorkerFactory<RenderExportPdfConsumer>(ConnectionString, VirtualHost))
        {
            _ = pdfWorker.Services; // starts the worker: it drains the backlog
            foreach (var id in accepted)
            {
                var done = await ExportClient.WaitUntilFinishedAsync(client, id);
                Assert.That(done["status"]!.GetValue<string>(), Is.EqualTo("completed"), done.ToJsonString());
            }
        }

        // Drained: accepted again.
        await ExportClient.RequestAsync(client, resumeId, new { format = "pdf", pageSize = "legal" });
        Assert.That(await ExportCountAsync(client), Is.EqualTo(3));
    }

    private static async Task<int> ExportCountAsync(HttpClient client)
    {
        var list = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes/exports"));
        return (list["items"] ?? list).AsArray().Count;
    }
}
