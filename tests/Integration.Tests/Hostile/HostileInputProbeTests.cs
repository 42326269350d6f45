using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Adapters.Persistence;
using ResumeExport.Domain.Emails;
using ResumeExport.Integration.Tests.Billing;
using ResumeExport.Integration.Tests.BulkApplies;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.ShareLinks;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Hostile;

/// <summary>
/// The hostile probe (issue 12, "Proof"): reads the API's own OpenAPI document and sends every operation a bounded set
/// of hostile requests (<see cref="HostileRequests"/>) as a real signed-in user — admins' operations as an admin —
/// over real Kestrel, PostgreSQL and RabbitMQ on loopback. No answer may be a 5xx, and no problem text may name a .NET
/// type or a settings key. Every answer must also keep to the document (issue 15, item 5): a status its operation
/// documents, a problem that keeps to the problem schema, a documented conflict code (<see cref="DocumentedAnswers"/>).
/// The figures per operation are written to the test output.
/// </summary>
[NonParallelizable]
public sealed partial class HostileInputProbeTests : ApiFixture
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(10);

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = BillingSettings.Mock();
            foreach (var bucket in new[] { "ExportEnqueue", "BulkApply", "ResumeWrites" })
            {
                settings[$"BurstLimits:{bucket}:TokenLimit"] = "1000000";
                settings[$"BurstLimits:{bucket}:TokensPerPeriod"] = "1000000";
                settings[$"BurstLimits:{bucket}:ReplenishmentPeriod"] = "00:00:01";
            }

            settings["Requeue:PermitsPerUser"] = "1000000";
            return settings;
        }
    }

    [Test]
    public async Task No_hostile_request_to_any_operation_gets_a_5xx_or_a_problem_naming_dotnet_types_or_settings()
    {
        var (user, userId) = await TestData.SignedInClientAsync(Api, "team");
        using var admin = await TestData.AdminClientAsync(Api);
        var targets = await ArrangeTargetsAsync(user, userId);
        var document = await ApiClient.ReadJsonAsync(await user.GetAsync("/openapi/v1.json"));
        // Deletes last, and the account's own deletion after every other: from then on the probe's user is gone (404).
        var operations = ApiOperation.AllIn(document).OrderBy(o => o.Method == "DELETE").ThenBy(o => o.Name == "DELETE /api/users/me").ToArray();
        var userToken = user.DefaultRequestHeaders.Authorization!.Parameter!;
        var adminToken = admin.DefaultRequestHeaders.Authorization!.Parameter!;
        var forged = ForgedTokens.All(userId);

        using var http = Api.CreateClient();
        http.Timeout = TimeSpan.FromSeconds(60);
        var clock = Stopwatch.StartNew();
        var planned = 0;
        var failures = new List<string>();
        var leaks = new List<string>();
        var undocumented = new List<string>();
        var refusedByKestrel = 0;
        var report = new StringBuilder();
        foreach (var operation in operations)
        {
            var token = await NeedsAdminAsync(http, operation, targets, document, userToken) ? adminToken : userToken;
            var requests = HostileRequests.For(operation, targets, document, token, forged);
            var documented = DocumentedAnswers.Of(document, operation.Method, operation.PathTemplate);
            planned += requests.Count;
            var statuses = new SortedDictionary<int, int>();
            foreach (var request in requests)
            {
                Assert.That(clock.Elapsed, Is.LessThan(Budget), $"the probe's time budget ran out at {operation.Name}");
                var (status, problem, retryAfter, fromApi) = await SendAsync(http, request);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (!fromApi && status == (int)HttpStatusCode.BadRequest)
                {
                    // Kestrel refused the request line itself (e.g. a NUL in the path): a bodiless 400 before any
                    // middleware or operation, which the application can neither shape nor document per operation.
                    refusedByKestrel++;
                }
                else if (status < 500 && documented.Mismatch(status, problem, retryAfter) is { } mismatch)
                {
                    undocumented.Add($"{mismatch} [{request.Description}]");
                }

                if (status >= 500)
                {
                    failures.Add($"{operation.Name} [{request.Description}] -> {status}");
                }

                if (problem is not null && LeakIn(problem) is { } leak)
                {
                    leaks.Add($"{operation.Name} [{request.Description}] -> {status}: {leak}");
                }
            }

            report.AppendLine($"{operation.Name,-62} {requests.Count,4} requests, >=500: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}, " +
                string.Join(' ', statuses.Select(s => $"{s.Key}x{s.Value}")) + (token == adminToken ? " (as admin)" : string.Empty));
        }

        report.AppendLine($"hostile probe: {planned} requests, {operations.Length} operations, {failures.Count} responses >= 500, {leaks.Count} leaking problem texts, " +
            $"{undocumented.Count} answers off the document, {refusedByKestrel} bodiless 400s from Kestrel, {clock.Elapsed.TotalSeconds:F0} s");
        await TestContext.Progress.WriteLineAsync(report.ToString());
        Assert.That(failures, Is.Empty, report.ToString());
        Assert.That(leaks, Is.Empty, "problem texts name .NET types or settings keys");
        Assert.That(undocumented.Distinct().Take(50), Is.Empty, "answers the OpenAPI document does not describe");
        Assert.That(operations, Has.Length.GreaterThanOrEqualTo(32), "every operation of the document was probed");
        Assert.That(operations.Select(o => o.OperationId), Is.SupersetOf(new[] { "ListResumeVersions", "GetResumeVersion", "RestoreResumeVersion", "WatchExport", "CreateShareLink", "ListShareLinks", "RevokeShareLink", "GetTemplatePreview" }));
    }

    [Test]
    public async Task The_export_events_stream_answers_bad_ids_with_a_4xx_and_another_users_export_with_404()
    {
        var (owner, ownerId) = await TestData.SignedInClientAsync(Api, "team");
        var (stranger, _) = await TestData.SignedInClientAsync(Api, "team");
        var resumeId = Guid.Parse((await ResumesApiTests.PostResumeAsync(owner, ResumeSamples.Classic()))["id"]!.GetValue<string>());
        var (exportId, _) = await TestData.CompletedExportAsync(Api, ownerId, resumeId);

        using var foreign = await stranger.GetAsync($"/api/resumes/exports/{exportId}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another user's export");
        using var unknown = await owner.GetAsync($"/api/resumes/exports/{Guid.NewGuid()}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "an unknown export");

        foreach (var bad in new[] { "x", "0", "-1", "00000000-0000-0000-0000", "%27%20OR%201%3D1--", new string('a', 2000), resumeId + "x" })
        {
            using var response = await owner.GetAsync($"/api/resumes/exports/{bad}/events", HttpCompletionOption.ResponseHeadersRead);
            Assert.That((int)response.StatusCode, Is.InRange(400, 499), $"exportId {bad[..Math.Min(bad.Length, 40)]}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("text/event-stream"));
        }

        using var owned = await owner.GetAsync($"/api/resumes/exports/{exportId}/events");
        Assert.That(owned.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the owner's own, completed: one event, then the end");
        Assert.That(await owned.Content.ReadAsStringAsync(), Does.Contain("event: status").And.Contain("\"status\":\"completed\""));
    }

    [Test]
    public async Task Every_versions_operation_answers_another_users_resume_with_404_and_a_bad_version_with_a_400_naming_it()
    {
        var (owner, _) = await TestData.SignedInClientAsync(Api, "team");
        var (stranger, _) = await TestData.SignedInClientAsync(Api, "team");
        var resumeId = (await ResumesApiTests.PostResumeAsync(owner, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var document = await ApiClient.ReadJsonAsync(await owner.GetAsync("/openapi/v1.json"));
        var operations = ApiOperation.AllIn(document).Where(o => o.PathTemplate.Contains("/versions", StringComparison.Ordinal)).ToArray();
        Assert.That(operations, Has.Length.EqualTo(3));

        foreach (var operation in operations)
        {
            string PathWith(string version) => operation.PathTemplate.Replace("{id}", resumeId, StringComparison.Ordinal).Replace("{version}", version, StringComparison.Ordinal);
            using var foreign = await stranger.SendAsync(new HttpRequestMessage(new HttpMethod(operation.Method), PathWith("1")));
            Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"{operation.Name} for another user's resume");
            if (!operation.PathTemplate.Contains("{version}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var bad in new[] { "0", "-1", "1.5", "x", "2147483648" })
            {
                using var response = await owner.SendAsync(new HttpRequestMessage(new HttpMethod(operation.Method), PathWith(bad)));
                var problem = await ApiClient.ReadJsonAsync(response);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), $"{operation.Name} with version {bad}: {problem.ToJsonString()}");
                Assert.That(problem["errors"]?.AsObject().Select(e => e.Key), Does.Contain("version"), $"{operation.Name} with version {bad}");
            }
        }
    }

    /// <summary>
    /// The public share pages are outside the OpenAPI document (they answer HTML), so the probe sends them its hostile
    /// tokens and forms here: never a 5xx, only the page's own 4xx (404 for no such link, 400/401/415 for a bad form).
    /// </summary>
    [Test]
    public async Task Every_share_page_answers_hostile_tokens_and_forms_with_a_4xx_never_a_5xx()
    {
        var (owner, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ShareLinkClient.PostResumeAsync(owner);
        var (_, protectedPath) = await ShareLinkClient.CreateLinkAsync(owner, resumeId, new { password = "probe-password" });
        var tokens = new[]
        {
            "x", new string('a', 43), new string('a', 65), new string('a', 5000), "%00", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E",
            "%E2%80%AE", "' OR 1=1 --", "%F0%9F%92%A9", protectedPath["/s/".Length..],
        };
        var forms = new Func<HttpContent?>[]
        {
            () => null,
            () => new StringContent("{\"password\":\"x\"}", Encoding.UTF8, "application/json"),
            () => new FormUrlEncodedContent([]),
            () => ShareLinkClient.Password(new string('p', 10_000)),
            () => ShareLinkClient.Password("wrong-password"),
            () => new FormUrlEncodedContent([new("password", "a"), new("password", "b")]),
        };
        using var anonymous = Api.CreateClient();
        var failures = new List<string>();
        foreach (var token in tokens)
        {
            foreach (var (method, suffix, content) in new[] { ("GET", "", (Func<HttpContent?>)(() => null)), ("GET", "/pdf", () => null) }
                .Concat(forms.Select(f => ("POST", "", f))))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), $"/s/{token}{suffix}") { Content = content() };
                using var response = await anonymous.SendAsync(request);
                var status = (int)response.StatusCode;
                if (status is < 400 or >= 500 && !(status is 200 or 202 or 303 && token == protectedPath["/s/".Length..]))
                {
                    failures.Add($"{method} /s/{token[..Math.Min(token.Length, 20)]}{suffix} -> {status}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    /// <summary>A .NET type, namespace or settings key (<c>Billing:Stripe:WebhookSecret</c>) in a problem's texts.</summary>
    [GeneratedRegex(@"System\.|Microsoft\.|ResumeExport\.|Nullable|Int32|Int64|\bGuid\b|Exception|\b[A-Z][A-Za-z]+:[A-Z][A-Za-z]+\b")]
    private static partial Regex DotNetOrSettingsName();

    private static string? LeakIn(JsonNode problem)
    {
        var texts = new[] { problem["title"], problem["detail"] }
            .Concat(problem["errors"]?.AsObject().SelectMany(e => e.Value?.AsArray() ?? []) ?? [])
            .Select(t => t?.GetValue<string>())
            .Where(t => t is not null);
        return texts.FirstOrDefault(t => DotNetOrSettingsName().IsMatch(t!));
    }

    /// <returns>
    /// The status, the problem body if any, <c>Retry-After</c>, and whether the API answered (its pipeline sets
    /// <c>X-Content-Type-Options</c> on every answer; Kestrel's own protocol-level refusals have none).
    /// </returns>
    private static async Task<(int Status, JsonNode? Problem, string? RetryAfter, bool FromApi)> SendAsync(HttpClient http, HostileRequest hostile)
    {
        using var request = new HttpRequestMessage(new HttpMethod(hostile.Method), hostile.PathAndQuery);
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            request.Content.Headers.Remove("Content-Type");
            if (hostile.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
            }

            // Large bodies wait for "100 Continue": a server that refuses them (413) answers before the client sends them.
            request.Headers.ExpectContinue = hostile.Body.Length > 64 * 1024;
            if (hostile.PathAndQuery.StartsWith("/api/billing/webhooks/stripe", StringComparison.Ordinal))
            {
                // Signed with the configured secret, so hostile payloads also get past verification into the handler.
                request.Headers.TryAddWithoutValidation("Stripe-Signature", WebhookSigning.StripeHeader(Encoding.UTF8.GetString(hostile.Body), DateTimeOffset.UtcNow));
            }
        }

        foreach (var (name, value) in hostile.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (!string.IsNullOrEmpty(hostile.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", hostile.Token);
        }

        using var response = await http.SendAsync(request);
        var isProblem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
        var text = isProblem ? await response.Content.ReadAsStringAsync() : null;
        return ((int)response.StatusCode, text is null ? null : JsonNode.Parse(text), response.Headers.RetryAfter?.ToString(), response.Headers.Contains("X-Content-Type-Options"));
    }

    /// <summary>An operation the user is refused (403, not a plan limit) is probed as an admin, so its code runs too.</summary>
    private static async Task<bool> NeedsAdminAsync(HttpClient http, ApiOperation operation, ProbeTargets targets, JsonNode document, string userToken)
    {
        var valid = HostileRequests.For(operation, targets, document, userToken, [])[0];
        var (status, problem, _, _) = await SendAsync(http, valid);
        return status == (int)HttpStatusCode.Forbidden && problem?["type"]?.GetValue<string>()?.EndsWith("/plan-limit-exceeded", StringComparison.Ordinal) != true;
    }

    private async Task<ProbeTargets> ArrangeTargetsAsync(HttpClient user, Guid userId)
    {
        var resumeId = Guid.Parse((await ResumesApiTests.PostResumeAsync(user, ResumeSamples.Classic()))["id"]!.GetValue<string>());
        var (exportId, _) = await TestData.CompletedExportAsync(Api, userId, resumeId);
        var bulk = await ApiClient.ReadJsonAsync(await BulkApplyClient.PostAsync(user, resumeId, BulkApplyClient.Recruiters(2)));
        var job = EmailJob.ForFreeTierExport(userId, exportId, "owner@example.com", DateTimeOffset.UtcNow);
        job.Fail(EmailErrorCodes.SmtpTransient, "421 try again later");
        await using (var scope = Api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.EmailJobs.Add(job);
            await db.SaveChangesAsync();
        }

        var unknownUser = WebhookSigning.StripeSubscriptionEvent($"evt_probe_{Guid.NewGuid():N}", "customer.subscription.updated", "pro", userId: Guid.NewGuid());
        using var webhook = new HttpRequestMessage(HttpMethod.Post, "/api/billing/webhooks/stripe") { Content = WebhookSigning.Json(unknownUser) };
        webhook.Headers.Add("Stripe-Signature", WebhookSigning.StripeHeader(unknownUser, DateTimeOffset.UtcNow));
        var failedEvent = await ApiClient.ReadJsonAsync(await Api.CreateClient().SendAsync(webhook));
        var email = (await ApiClient.ReadJsonAsync(await user.GetAsync("/api/users/me")))["email"]!.GetValue<string>();
        var (shareLinkId, _) = await ShareLinkClient.CreateLinkAsync(user, resumeId);

        return new ProbeTargets(
            resumeId,
            Guid.Parse(bulk["id"]!.GetValue<string>()),
            exportId,
            job.Id,
            Guid.Parse(failedEvent["webhookEventId"]!.GetValue<string>()),
            new Dictionary<string, Func<JsonNode>>
            {
                ["Register"] = () => ResumesApiTests.ToJson(new { email = $"probe-{Guid.NewGuid():N}@example.com", password = ApiClient.Password, displayName = "Probe" }),
                ["Login"] = () => ResumesApiTests.ToJson(new { email, password = ApiClient.Password }),
                ["RefreshSession"] = () => ResumesApiTests.ToJson(new { refreshToken = $"probe-{Guid.NewGuid():N}" }),
                ["Logout"] = () => ResumesApiTests.ToJson(new { refreshToken = $"probe-{Guid.NewGuid():N}" }),

                // The same password again: the probe's user keeps signing in.
                ["ChangePassword"] = () => ResumesApiTests.ToJson(new { currentPassword = ApiClient.Password, newPassword = ApiClient.Password }),
                ["CreateResume"] = () => ResumesApiTests.ToJson(ResumeSamples.Classic("Probe")),
                ["UpdateResume"] = () => ResumesApiTests.ToJson(ResumeSamples.Classic("Probe")),
                ["RequestExport"] = () => ResumesApiTests.ToJson(new { format = "pdf", pageSize = "a4", delivery = "download", idempotencyKey = "probe-key" }),
                ["CreateBulkApply"] = () => ResumesApiTests.ToJson(BulkApplyClient.Body(resumeId, "recruiter@company.example")),
                ["DeleteCurrentUser"] = () => ResumesApiTests.ToJson(new { password = ApiClient.Password }),
                ["ChangePlan"] = () => ResumesApiTests.ToJson(new { planCode = "team" }),
                ["CreateShareLink"] = () => ResumesApiTests.ToJson(new { expiresAt = DateTimeOffset.UtcNow.AddDays(7), password = "probe-password", version = 1 }),
                ["ReceiveBillingWebhook"] = () => JsonNode.Parse(WebhookSigning.StripeSubscriptionEvent($"evt_probe_{Guid.NewGuid():N}", "customer.subscription.updated", "team", userId: userId))!,
            })
        {
            ShareLinkId = shareLinkId,
        };
    }
}
