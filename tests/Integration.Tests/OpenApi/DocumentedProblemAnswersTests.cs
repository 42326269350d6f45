using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.OpenApi;

/// <summary>
/// Real refusals against the document (issue 15, item 5): one targeted request per kind of 4xx — request guards, sign-in,
/// admin policy, plan limits, missing items, each conflict the state allows, If-Match, burst limits — each answered with a
/// status its operation documents, as a problem that keeps to the problem schema, with a documented <c>code</c> or
/// <c>limitName</c>, and matching one of the operation's examples for that status. (The hostile probe checks the same
/// for every answer of its thousands of requests.)
/// </summary>
public sealed class DocumentedProblemAnswersTests : IntegrationFixture
{
    private ApiFactory api = null!;
    private ApiFactory tight = null!;

    [OneTimeSetUp]
    public void StartApis()
    {
        api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["Api:MaxRequestBodyBytes"] = "4096" });
        tight = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["BurstLimits:ResumeWrites:TokenLimit"] = "1",
            ["BurstLimits:ResumeWrites:ReplenishmentPeriod"] = "00:10:00",
            ["BurstLimits:ExportEnqueue:TokenLimit"] = "1",
            ["BurstLimits:ExportEnqueue:ReplenishmentPeriod"] = "00:10:00",
        });
    }

    [OneTimeTearDown]
    public async Task StopApisAsync()
    {
        await tight.DisposeAsync();
        await api.DisposeAsync();
    }

    [Test]
    public async Task Refusals_of_the_request_guards_sign_in_and_admin_policy_are_documented_problems()
    {
        var answers = new Answers(api);
        await answers.ReadDocumentAsync();
        using var anonymous = api.CreateClient();
        var (user, _) = await TestData.SignedInClientAsync(api);

        await answers.ExpectAsync("ListTemplates", 415, anonymous, Raw(HttpMethod.Get, "/api/templates", "{}", "application/json; charset=iso-8859-1"));
        await answers.ExpectAsync("ListTemplates", 400, anonymous, new HttpRequestMessage(HttpMethod.Get, "/api/templates?q=%01"));
        await answers.ExpectAsync("Login", 400, anonymous, Raw(HttpMethod.Post, "/api/auth/login", "{\"email\": 42, \"password\": \"x\"}"));
        await answers.ExpectAsync("Login", 401, anonymous, Json(HttpMethod.Post, "/api/auth/login", new { email = "nobody@example.com", password = "wrong-password-1" }));
        await answers.ExpectAsync("Login", 413, anonymous, Raw(HttpMethod.Post, "/api/auth/login", $"{{\"email\": \"{new string('x', 8_000)}@b.io\", \"password\": \"x\"}}"));
        await answers.ExpectAsync("Register", 415, anonymous, Raw(HttpMethod.Post, "/api/auth/register", "{}", "text/plain"));
        await answers.ExpectAsync("GetCurrentUser", 401, anonymous, new HttpRequestMessage(HttpMethod.Get, "/api/users/me"));
        await answers.ExpectAsync("GetResume", 400, user, new HttpRequestMessage(HttpMethod.Get, "/api/resumes/not-a-uuid"));
        await answers.ExpectAsync("GetResume", 404, user, new HttpRequestMessage(HttpMethod.Get, $"/api/resumes/{Guid.NewGuid()}"));
        await answers.ExpectAsync("ListExports", 400, user, new HttpRequestMessage(HttpMethod.Get, "/api/resumes/exports?limit=ten"));
        await answers.ExpectAsync("GetExportOpsMetrics", 403, user, new HttpRequestMessage(HttpMethod.Get, "/api/metrics/export-ops"));
        await answers.ExpectAsync("ReplayBillingWebhook", 403, user, new HttpRequestMessage(HttpMethod.Post, $"/api/billing/webhooks/failed/{Guid.NewGuid()}/replay"));
        await answers.ExpectAsync("ReceiveBillingWebhook", 404, anonymous, Raw(HttpMethod.Post, "/api/billing/webhooks/acme", "{}"));

        answers.AssertAllKeptToTheDocument();
    }

    [Test]
    public async Task Refusals_of_the_use_cases_are_documented_problems_with_documented_codes_and_limits()
    {
        var answers = new Answers(api);
        await answers.ReadDocumentAsync();
        using var anonymous = api.CreateClient();
        var (user, userId) = await TestData.SignedInClientAsync(api);
        var resume = await ResumesApiTests.PostResumeAsync(user, ResumeSamples.Classic());
        var resumeId = resume["id"]!.GetValue<string>();
        var email = (await ApiClient.ReadJsonAsync(await user.GetAsync("/api/users/me")))["email"]!.GetValue<string>();

        await answers.ExpectAsync("CreateResume", 400, user, Json(HttpMethod.Post, "/api/resumes", new { title = "", templateKey = "classic", sections = Array.Empty<object>() }));
        await answers.ExpectAsync("CreateResume", 403, user, Json(HttpMethod.Post, "/api/resumes", ResumeSamples.Classic("Second")));
        await answers.ExpectAsync("Register", 409, anonymous, Json(HttpMethod.Post, "/api/auth/register", new { email, password = ApiClient.Password, displayName = "Twin" }));

        var stale = Json(HttpMethod.Put, $"/api/resumes/{resumeId}", ResumeSamples.Classic("Stale"));
        stale.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
        await answers.ExpectAsync("UpdateResume", 412, user, stale);
        var staleBody = ResumesApiTests.ToJson(ResumeSamples.Classic("Stale"));
        staleBody["version"] = 7;
        await answers.ExpectAsync("UpdateResume", 409, user, Raw(HttpMethod.Put, $"/api/resumes/{resumeId}", staleBody.ToJsonString()));

        var export = await ApiClient.ReadJsonAsync(await user.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf", idempotencyKey = "answers-key" }));
        var exportId = export["id"]!.GetValue<string>();
        await answers.ExpectAsync("RequestExport", 409, user, Json(HttpMethod.Post, $"/api/resumes/{resumeId}/exports", new { format = "pdf", pageSize = "letter", idempotencyKey = "answers-key" }));
        await answers.ExpectAsync("DownloadExport", 409, user, new HttpRequestMessage(HttpMethod.Get, $"/api/resumes/exports/{exportId}/download"));
        await answers.ExpectAsync("RetryExport", 409, user, new HttpRequestMessage(HttpMethod.Post, $"/api/resumes/exports/{exportId}/retry"));
        await answers.ExpectAsync("RetryFailedEmail", 404, user, new HttpRequestMessage(HttpMethod.Post, $"/api/resumes/exports/failed-emails/{Guid.NewGuid()}/retry"));
        await answers.ExpectAsync("CreateBulkApply", 404, user, Json(HttpMethod.Post, "/api/applications/bulk", new
        {
            resumeId = Guid.NewGuid(),
            applications = new[] { new { company = "Acme", position = "Engineer", recipientEmail = "jobs@acme.example" } },
        }));
        await answers.ExpectAsync("ChangePlan", 409, user, Json(HttpMethod.Post, "/api/billing/subscription/change", new { planCode = "pro" }));
        await answers.ExpectAsync("CancelPendingPlanChange", 404, user, new HttpRequestMessage(HttpMethod.Delete, "/api/billing/subscription/pending-change"));

        // A token outlives its account: the use cases that load the account answer 404, as documented.
        await using (var scope = api.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.Id == userId).ExecuteDeleteAsync();
        }

        await answers.ExpectAsync("GetCurrentUser", 404, user, new HttpRequestMessage(HttpMethod.Get, "/api/users/me"));
        await answers.ExpectAsync("GetPlanUsage", 404, user, new HttpRequestMessage(HttpMethod.Get, "/api/users/me/plan-usage"));
        await answers.ExpectAsync("GetSubscription", 404, user, new HttpRequestMessage(HttpMethod.Get, "/api/billing/subscription"));
        await answers.ExpectAsync("CreateResume", 404, user, Json(HttpMethod.Post, "/api/resumes", ResumeSamples.Classic("Orphan")));

        answers.AssertAllKeptToTheDocument();
    }

    [Test]
    public async Task Burst_limits_answer_a_documented_429_with_retry_after_on_writes_and_never_on_reads()
    {
        var answers = new Answers(tight);
        await answers.ReadDocumentAsync();
        var (user, _) = await TestData.SignedInClientAsync(tight);
        var resumeId = (await ResumesApiTests.PostResumeAsync(user, ResumeSamples.Classic()))["id"]!.GetValue<string>();

        await answers.ExpectAsync("SetDefaultResume", 429, user, new HttpRequestMessage(HttpMethod.Patch, $"/api/resumes/{resumeId}/default"));
        await answers.ExpectAsync("DeleteResume", 429, user, new HttpRequestMessage(HttpMethod.Delete, $"/api/resumes/{resumeId}"));
        for (var i = 0; i < 5; i++)
        {
            await answers.ExpectAsync("ListResumes", 200, user, new HttpRequestMessage(HttpMethod.Get, "/api/resumes"));
            await answers.ExpectAsync("GetResume", 200, user, new HttpRequestMessage(HttpMethod.Get, $"/api/resumes/{resumeId}"));
        }

        await answers.ExpectAsync("RequestExport", 202, user, Json(HttpMethod.Post, $"/api/resumes/{resumeId}/exports", new { format = "pdf" }));
        await answers.ExpectAsync("RequestExport", 429, user, Json(HttpMethod.Post, $"/api/resumes/{resumeId}/exports", new { format = "pdf" }));

        answers.AssertAllKeptToTheDocument();
        Assert.That(DocumentedAnswers.Of(answers.Document, "ListResumes").Statuses, Does.Not.Contain(429), "reads are not rate limited");
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, object body) => new(method, path) { Content = JsonContent.Create(body, options: ApiClient.Json) };

    private static HttpRequestMessage Raw(HttpMethod method, string path, string body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return request;
    }

    /// <summary>Sends requests, checks each status is the expected one, and collects where an answer departs from the document.</summary>
    private sealed class Answers(ApiFactory api)
    {
        private readonly List<string> mismatches = [];

        public JsonNode Document { get; private set; } = null!;

        public async Task ReadDocumentAsync()
        {
            using var client = api.CreateClient();
            Document = await ApiClient.ReadJsonAsync(await client.GetAsync("/openapi/v1.json"));
        }

        public async Task ExpectAsync(string operationId, int status, HttpClient client, HttpRequestMessage request)
        {
            using (request)
            {
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" ? JsonNode.Parse(text) : null;
                var documented = DocumentedAnswers.Of(Document, operationId);
                var retryAfter = response.Headers.RetryAfter?.ToString();
                Assert.That((int)response.StatusCode, Is.EqualTo(status), $"{operationId}: {text}");
                if (documented.Mismatch(status, problem, retryAfter) is { } mismatch)
                {
                    mismatches.Add(mismatch);
                }
                else if (status >= 400 && documented.ExampleMismatch(status, problem!.AsObject()) is { } unlike)
                {
                    mismatches.Add(unlike);
                }
            }
        }

        public void AssertAllKeptToTheDocument() => Assert.That(mismatches, Is.Empty);
    }
}
