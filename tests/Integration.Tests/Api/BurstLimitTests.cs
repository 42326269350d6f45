using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using ResumeExport.Integration.Tests.BulkApplies;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>
/// Per-user burst limits (issue 12, item 10): token buckets from config on export enqueue, bulk apply and resume
/// writes, answered 429 with <c>Retry-After</c> and a problem; per user; reads are not limited.
/// </summary>
public sealed class BurstLimitTests : IntegrationFixture
{
    private ApiFactory defaults = null!;
    private ApiFactory small = null!;

    [OneTimeSetUp]
    public void StartApis()
    {
        defaults = new ApiFactory(ConnectionString, VirtualHost);
        small = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["BurstLimits:ExportEnqueue:TokenLimit"] = "2",
            ["BurstLimits:ExportEnqueue:ReplenishmentPeriod"] = "00:10:00",
            ["BurstLimits:BulkApply:TokenLimit"] = "1",
            ["BurstLimits:BulkApply:ReplenishmentPeriod"] = "00:10:00",
            ["BurstLimits:ResumeWrites:TokenLimit"] = "2",
            ["BurstLimits:ResumeWrites:ReplenishmentPeriod"] = "00:10:00",
        });
    }

    [OneTimeTearDown]
    public async Task StopApisAsync()
    {
        await small.DisposeAsync();
        await defaults.DisposeAsync();
    }

    [Test]
    public async Task With_the_defaults_fifteen_enqueues_in_a_row_meet_a_429()
    {
        var (client, _) = await TestData.SignedInClientAsync(defaults, "team");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 15; i++)
        {
            statuses.Add((await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" })).StatusCode);
        }

        Assert.That(statuses.Take(12), Is.All.EqualTo(HttpStatusCode.Accepted));
        Assert.That(statuses.Skip(12), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task With_the_defaults_ten_bulk_applies_in_a_row_meet_a_429()
    {
        var (client, userId) = await TestData.SignedInClientAsync(defaults, "team");
        var resumeId = Guid.Parse((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());
        await TestData.CompletedExportAsync(defaults, userId, resumeId);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(1))).StatusCode);
        }

        Assert.That(statuses.Take(5), Is.All.EqualTo(HttpStatusCode.Accepted));
        Assert.That(statuses.Skip(5), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Past_the_export_bucket_the_answer_is_a_429_problem_with_retry_after_for_that_user_only()
    {
        var (client, _) = await TestData.SignedInClientAsync(small, "team");
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        for (var i = 0; i < 2; i++)
        {
            Assert.That((await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" })).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        }

        var limited = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" });
        var (other, _) = await TestData.SignedInClientAsync(small, "team");
        var otherResume = (await ResumesApiTests.PostResumeAsync(other, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var someoneElse = await other.PostAsJsonAsync($"/api/resumes/{otherResume}/exports", new { format = "pdf" });

        var problem = await ApiClient.ReadJsonAsync(limited);
        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), problem.ToJsonString());
        Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("/too-many-requests"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("export requests"));
        Assert.That(someoneElse.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "the bucket is per user");
    }

    [Test]
    public async Task Past_the_bulk_apply_bucket_the_answer_is_a_429()
    {
        var (client, userId) = await TestData.SignedInClientAsync(small, "team");
        var resumeId = Guid.Parse((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());
        await TestData.CompletedExportAsync(small, userId, resumeId);

        var first = await BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(1));
        var second = await BulkApplyClient.PostAsync(client, resumeId, BulkApplyClient.Recruiters(1));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await first.Content.ReadAsStringAsync());
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public async Task Resume_writes_share_one_bucket_and_reads_are_not_limited()
    {
        var (client, _) = await TestData.SignedInClientAsync(small, "pro");
        var id = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        Assert.That((await client.PatchAsync($"/api/resumes/{id}/default", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var reads = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            reads.Add((await client.GetAsync($"/api/resumes/{id}")).StatusCode);
        }

        var write = await client.PutAsJsonAsync($"/api/resumes/{id}", ResumeSamples.Classic("Third write"));

        Assert.That(reads, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(write.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await ApiClient.ReadJsonAsync(write))["detail"]!.GetValue<string>(), Does.Contain("resumes"));
    }

    [Test]
    public void A_bucket_that_would_block_everyone_stops_the_start_naming_the_setting()
    {
        using var broken = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["BurstLimits:ExportEnqueue:TokenLimit"] = "0" });

        var failure = Assert.Catch(() => broken.CreateClient());

        Assert.That(failure, Is.InstanceOf<OptionsValidationException>().Or.InnerException.InstanceOf<OptionsValidationException>());
        Assert.That(failure!.ToString(), Does.Contain("BurstLimits:ExportEnqueue:TokenLimit"));
    }
}
