using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Adapters.Scheduling;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Resumes;

/// <summary>
/// <c>/api/resumes/{id}/versions</c> over the real API and PostgreSQL: a version per accepted change, history newest
/// first and paged, one version with its content, restore as a new version, other users' resumes not found, and the
/// pruning job keeping the plan's newest versions plus every version a live export or a sent application points to.
/// </summary>
[NonParallelizable]
public sealed class ResumeVersionsApiTests : ApiFixture
{
    [Test]
    public async Task Create_and_every_change_of_content_make_versions_1_2_3_listed_newest_first_with_their_hashes()
    {
        var (client, resumeId) = await NewResumeAsync("First");
        await UpdateAsync(client, resumeId, "Second");
        await UpdateAsync(client, resumeId, "Third");
        await UpdateAsync(client, resumeId, "Third"); // the same content again: nothing new to keep

        var list = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{resumeId}/versions"));
        var items = list["items"]!.AsArray();
        var resume = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{resumeId}"));

        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => i!["version"]!.GetValue<int>()), Is.EqualTo(new[] { 3, 2, 1 }));
            Assert.That(items.Select(i => i!["title"]!.GetValue<string>()), Is.EqualTo(new[] { "Third", "Second", "First" }));
            Assert.That(items.Select(i => i!["contentSha256"]!.GetValue<string>()), Is.All.Match("^[0-9a-f]{64}$"));
            Assert.That(items.Select(i => i!["contentSha256"]!.GetValue<string>()), Is.Unique);
            Assert.That(items.Select(i => i!["createdAt"]!.GetValue<DateTimeOffset>()), Is.Ordered.Descending);
            Assert.That(list["nextCursor"], Is.Null);
            Assert.That(resume["latestVersion"]!.GetValue<int>(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task The_history_pages_newest_first_with_the_cursor_it_returns()
    {
        var (client, resumeId) = await NewResumeAsync("v1");
        for (var i = 2; i <= 5; i++)
        {
            await UpdateAsync(client, resumeId, $"v{i}");
        }

        var first = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{resumeId}/versions?limit=2"));
        var second = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{resumeId}/versions?limit=2&cursor={first["nextCursor"]}"));
        var third = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{resumeId}/versions?limit=2&cursor={second["nextCursor"]}"));

        Assert.Multiple(() =>
        {
            Assert.That(Numbers(first), Is.EqualTo(new[] { 5, 4 }));
            Assert.That(Numbers(second), Is.EqualTo(new[] { 3, 2 }));
            Assert.That(Numbers(third), Is.EqualTo(new[] { 1 }));
            Assert.That(third["nextCursor"], Is.Null);
        });
    }

    [Test]
    public async Task One_version_comes_with_its_full_content_and_the_hash_of_that_content()
    {
        var (client, resumeId) = await NewResumeAsync("Original title");
        await UpdateAsync(client, resumeId, "Changed title");

        var version1 = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{resumeId}/versions/1"));
        var listed = (await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{resumeId}/versions")))["items"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(version1["version"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(version1["title"]!.GetValue<string>(), Is.EqualTo("Original title"));
            Assert.That(version1["templateKey"]!.GetValue<string>(), Is.EqualTo("classic"));
            Assert.That(version1["sections"]!.AsArray().Select(s => s!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "summary", "experience", "education" }));
            Assert.That(version1["contentSha256"]!.GetValue<string>(), Is.EqualTo(listed.Single(i => i!["version"]!.GetValue<int>() == 1)!["contentSha256"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Restoring_makes_a_new_version_equal_to_the_old_one_and_can_itself_be_undone()
    {
        var (client, resumeId) = await NewResumeAsync("Good");
        await UpdateAsync(client, resumeId, "Bad");

        var restore = await client.PostAsync($"/api/resumes/{resumeId}/versions/1/restore", null);
        var restored = await ApiClient.ReadJsonAsync(restore);
        var undo = await ApiClient.ReadJsonAsync(await client.PostAsync($"/api/resumes/{resumeId}/versions/2/restore", null));
        var page = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{resumeId}/versions"));
        var versions = page["items"]!.AsArray();
        string Hash(int number) => versions.Single(v => v!["version"]!.GetValue<int>() == number)!["contentSha256"]!.GetValue<string>();

        Assert.Multiple(() =>
        {
            Assert.That(restore.StatusCode, Is.EqualTo(HttpStatusCode.OK), restored.ToJsonString());
            Assert.That(restored["title"]!.GetValue<string>(), Is.EqualTo("Good"));
            Assert.That(restored["latestVersion"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(restore.Headers.ETag?.Tag, Is.EqualTo($"\"{restored["version"]}\""));
            Assert.That(undo["title"]!.GetValue<string>(), Is.EqualTo("Bad"));
            Assert.That(Numbers(page), Is.EqualTo(new[] { 4, 3, 2, 1 }));
            Assert.That(Hash(3), Is.EqualTo(Hash(1)), "the restore says exactly what version 1 said");
            Assert.That(Hash(4), Is.EqualTo(Hash(2)));
        });
    }

    [Test]
    public async Task Another_users_resume_and_its_versions_are_not_found_and_an_unknown_version_is_not_found_either()
    {
        var (owner, resumeId) = await NewResumeAsync("Mine");
        var (stranger, _) = await TestData.SignedInClientAsync(Api);

        var answers = new[]
        {
            await stranger.GetAsync($"/api/resumes/{resumeId}/versions"),
            await stranger.GetAsync($"/api/resumes/{resumeId}/versions/1"),
            await stranger.PostAsync($"/api/resumes/{resumeId}/versions/1/restore", null),
            await owner.GetAsync($"/api/resumes/{resumeId}/versions/99"),
            await owner.PostAsync($"/api/resumes/{resumeId}/versions/99/restore", null),
        };

        Assert.That(answers.Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.NotFound));
        var mine = await ApiClient.ReadJsonAsync(await owner.GetAsync($"/api/resumes/{resumeId}"));
        Assert.That(mine["latestVersion"]!.GetValue<int>(), Is.EqualTo(1), "the stranger's restore changed nothing");
    }

    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("abc")]
    [TestCase("99999999999")]
    public async Task A_version_that_is_not_a_positive_integer_is_a_400_naming_version(string version)
    {
        var (client, resumeId) = await NewResumeAsync("Typed");

        foreach (var response in new[]
        {
            await client.GetAsync($"/api/resumes/{resumeId}/versions/{version}"),
            await client.PostAsync($"/api/resumes/{resumeId}/versions/{version}/restore", null),
        })
        {
            var problem = await ApiClient.ReadJsonAsync(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
            Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain("version"), problem.ToJsonString());
        }
    }

    [Test]
    public async Task Pruning_keeps_the_plans_newest_versions_and_every_version_a_live_or_retryable_export_or_a_sent_application_points_to()
    {
        var (client, userId) = await TestData.SignedInClientAsync(Api);
        var resumeId = Guid.Parse((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic("v1")))["id"]!.GetValue<string>());
        for (var i = 2; i <= 7; i++)
        {
            await UpdateAsync(client, resumeId, $"v{i}");
        }

        await using (var scope = Api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync("UPDATE plan_limits SET max_versions_kept = 3 WHERE plan_code = 'free'");
            var now = DateTimeOffset.UtcNow;

            // Version 2: a queued export still to render it. Version 3: an expired export (no longer live).
            db.Exports.Add(Export.Request(userId, resumeId, PageSize.A4, ExportDelivery.Download, null, now, resumeVersion: 2));
            var expired = Export.Request(userId, resumeId, PageSize.A4, ExportDelivery.Download, null, now, resumeVersion: 3);
            expired.StartAttempt();
            expired.Complete("local", "gone.pdf", 10, 0, now, fileSha256: new string('a', 64));
            expired.Expire();
            db.Exports.Add(expired);

            // Version 4: a failed export, not yet purged: it can be retried or requeued, so it still needs its version.
            var failed = Export.Request(userId, resumeId, PageSize.A4, ExportDelivery.Download, null, now, resumeVersion: 4);
            failed.StartAttempt();
            failed.Fail("render_failed", "Chromium crashed.", now);
            db.Exports.Add(failed);

            // Version 1: a sent application of the expired export.
            var bulkApply = BulkApply.Start(userId, resumeId, expired.Id, now);
            var job = EmailJob.ForBulkApplication(userId, bulkApply.Id, expired.Id, "hr@acme.example", now);
            db.EmailJobs.Add(job);
            var application = bulkApply.AddApplication("Acme", "Engineer", "hr@acme.example", null, job.Id, now);
            application.RecordAttachment(expired.Id, 1, new string('a', 64));
            application.MarkSent();
            db.Set<BulkApply>().Add(bulkApply);
            await db.SaveChangesAsync();
        }

        await Api.Services.GetRequiredService<ResumeVersionPruningJob>().RunOnceAsync(CancellationToken.None);
        await Api.Services.GetRequiredService<ResumeVersionPruningJob>().RunOnceAsync(CancellationToken.None); // a second pass finds nothing more

        var kept = Numbers(await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{resumeId}/versions")));
        Assert.That(kept, Is.EqualTo(new[] { 7, 6, 5, 4, 2, 1 }), "3 went; 4 (failed, retryable export), 2 (queued export) and 1 (sent application) stay");
        Assert.That((await client.GetAsync($"/api/resumes/{resumeId}/versions/3")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static int[] Numbers(JsonNode page) => [.. page["items"]!.AsArray().Select(i => i!["version"]!.GetValue<int>())];

    private async Task<(HttpClient Client, Guid ResumeId)> NewResumeAsync(string title)
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        var created = await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic(title));
        return (client, Guid.Parse(created["id"]!.GetValue<string>()));
    }

    private static async Task UpdateAsync(HttpClient client, Guid resumeId, string title)
    {
        var response = await client.PutAsJsonAsync($"/api/resumes/{resumeId}", ResumeSamples.Classic(title));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
