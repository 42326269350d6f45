using System.Text.Json.Nodes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.OpenApi;

/// <summary>
/// The OpenAPI document the API serves is complete (issue 15, item 5): every operation has a summary and documents the
/// 4xx answers it can give, each an <c>application/problem+json</c> response with the one problem schema and at least one
/// example that is a valid problem of that status. Which statuses each operation documents is pinned below, as audited
/// against the code (auth, request guards, rate limits, use cases).
/// </summary>
public sealed class OpenApiDocumentTests : ApiFixture
{
    private const string ProblemSchemaRef = "#/components/schemas/ProblemDetails";

    private JsonNode document = null!;

    private static IEnumerable<(string Name, JsonObject Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!.AsObject())));

    [OneTimeSetUp]
    public async Task ReadDocumentAsync()
    {
        using var client = Api.CreateClient();
        document = await ApiClient.ReadJsonAsync(await client.GetAsync("/openapi/v1.json"));
    }

    [Test]
    public void Every_operation_has_a_summary()
    {
        var operations = Operations(document).ToArray();

        var withoutSummary = operations.Where(o => string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>())).Select(o => o.Name);

        Assert.That(operations, Has.Length.GreaterThanOrEqualTo(31));
        Assert.That(withoutSummary, Is.Empty);
    }

    [Test]
    public void Every_4xx_answer_is_a_problem_with_the_problem_schema_a_description_and_valid_examples()
    {
        var schema = document["components"]!["schemas"]!["ProblemDetails"]!;
        var properties = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var required = schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray();
        var failures = new List<string>();
        var answers = 0;
        foreach (var (name, operation) in Operations(document))
        {
            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('4')))
            {
                answers++;
                var where = $"{name} {status}";
                var content = response!["content"]!.AsObject();
                if (string.IsNullOrWhiteSpace(response["description"]?.GetValue<string>()))
                {
                    failures.Add($"{where}: no description");
                }

                if (content.Count != 1 || content["application/problem+json"] is not { } problem)
                {
                    failures.Add($"{where}: content is [{string.Join(", ", content.Select(c => c.Key))}], not application/problem+json alone");
                    continue;
                }

                if (problem["schema"]?["$ref"]?.GetValue<string>() != ProblemSchemaRef)
                {
                    failures.Add($"{where}: schema is {problem["schema"]?.ToJsonString()}, not {ProblemSchemaRef}");
                }

                var examples = problem["examples"]?.AsObject().Select(e => e.Value!["value"]!.AsObject()).ToArray() ?? [];
                if (examples.Length == 0)
                {
                    failures.Add($"{where}: no example");
                }

                foreach (var example in examples)
                {
                    var missing = required.Where(r => !example.ContainsKey(r)).ToArray();
                    var unknown = example.Select(m => m.Key).Where(m => !properties.Contains(m)).ToArray();
                    if (example["status"]?.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture) != status || missing.Length > 0 || unknown.Length > 0)
                    {
                        failures.Add($"{where}: example {example.ToJsonString()} has the wrong status, lacks [{string.Join(", ", missing)}] or has undocumented [{string.Join(", ", unknown)}]");
                    }
                }

                if (status == "429" && response["headers"]?["Retry-After"] is null)
                {
                    failures.Add($"{where}: Retry-After is not documented");
                }
            }
        }

        Assert.That(answers, Is.GreaterThan(150), "4xx answers checked");
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void The_problem_schema_requires_what_every_problem_carries_and_describes_every_extension_member()
    {
        var schema = document["components"]!["schemas"]!["ProblemDetails"]!;

        Assert.That(schema["required"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EquivalentTo(new[] { "type", "title", "status", "instance", "traceId" }));
        Assert.That(schema["properties"]!.AsObject().Select(p => p.Key), Is.SupersetOf(new[]
        {
            "detail", "code", "errors", "limitName", "limitKind", "limit", "usage", "resetsAt", "currentVersion", "retryAfterSeconds",
        }));
        Assert.That(schema["additionalProperties"], Is.Null, "extension members stay allowed (RFC 9457)");
        Assert.That(document["components"]!["schemas"]!["HttpValidationProblemDetails"], Is.Null, "one problem schema, not the framework's per-type ones");
    }

    [Test]
    public void Every_tag_has_a_description()
    {
        var tags = document["tags"]!.AsArray();

        Assert.That(tags, Is.Not.Empty);
        Assert.That(tags.Where(t => string.IsNullOrWhiteSpace(t!["description"]?.GetValue<string>())).Select(t => t!["name"]!.GetValue<string>()), Is.Empty);
    }

    // The audit: what each operation can answer besides success. Everyone: 400 (request guards on every query, route and
    // body text; binding; validation), 413 (body size limit), 415 (charset). Signed-in: 401. Admin policy: 403. Rate
    // limited: 429. The rest comes from the use case: 403 plan limits, 404 (an id of someone else's, or the account is
    // gone), 409 (per code), 412 (If-Match).
    [TestCase("ListTemplates", "400 413 415")]
    [TestCase("Register", "400 409 413 415 429")]
    [TestCase("Login", "400 401 413 415 429")]
    [TestCase("GetCurrentUser", "400 401 404 413 415")]
    [TestCase("GetPlanUsage", "400 401 404 413 415")]
    [TestCase("ListResumes", "400 401 413 415")]
    [TestCase("CreateResume", "400 401 403 404 409 413 415 429")]
    [TestCase("GetResume", "400 401 404 413 415")]
    [TestCase("UpdateResume", "400 401 403 404 409 412 413 415 429")]
    [TestCase("DeleteResume", "400 401 404 409 413 415 429")]
    [TestCase("ImportJsonResume", "400 401 403 404 409 413 415 429")]
    [TestCase("ExportJsonResume", "400 401 404 413 415")]
    [TestCase("SetDefaultResume", "400 401 404 409 413 415 429")]
    [TestCase("RequestExport", "400 401 403 404 409 413 415 429 503")]
    [TestCase("ListExports", "400 401 413 415")]
    [TestCase("ListFailedExports", "400 401 413 415")]
    [TestCase("ListFailedEmails", "400 401 413 415")]
    [TestCase("RetryExport", "400 401 404 409 413 415 429")]
    [TestCase("RetryFailedEmail", "400 401 404 409 413 415 429")]
    [TestCase("GetExport", "400 401 404 413 415")]
    [TestCase("DownloadExport", "400 401 404 409 413 415")]
    [TestCase("CreateBulkApply", "400 401 403 404 413 415 429 503")]
    [TestCase("GetBulkApply", "400 401 404 413 415")]
    [TestCase("ListBillingPlans", "400 401 413 415")]
    [TestCase("GetSubscription", "400 401 404 413 415")]
    [TestCase("ChangePlan", "400 401 404 409 413 415")]
    [TestCase("CancelPendingPlanChange", "400 401 404 413 415")]
    [TestCase("ReceiveBillingWebhook", "400 404 413 415")]
    [TestCase("ListFailedBillingWebhooks", "400 401 403 413 415")]
    [TestCase("ReplayBillingWebhook", "400 401 403 404 409 413 415")]
    [TestCase("GetExportOpsMetrics", "400 401 403 413 415")]
    public void Each_operation_documents_the_refusals_it_can_answer(string operationId, string statuses)
    {
        var documented = DocumentedAnswers.Of(document, operationId).Statuses.Where(s => s >= 400).Order();

        Assert.That(string.Join(' ', documented), Is.EqualTo(statuses));
    }

    [TestCase("RetryExport", "export_not_failed failure_not_retryable retry_cap_reached")]
    [TestCase("RetryFailedEmail", "email_not_failed failure_not_retryable retry_cap_reached")]
    [TestCase("DownloadExport", "export_queued export_processing export_failed export_expired export_storage_moved")]
    [TestCase("ChangePlan", "billing_disabled already_on_plan provider_subscription_missing")]
    [TestCase("RequestExport", "idempotency_key_reused")]
    [TestCase("CreateResume", "default_resume_conflict")]
    [TestCase("ImportJsonResume", "default_resume_conflict")]
    [TestCase("UpdateResume", "stale_version")]
    [TestCase("DeleteResume", "stale_version default_resume_conflict")]
    [TestCase("SetDefaultResume", "stale_version default_resume_conflict")]
    public void A_409_shows_one_example_per_code_it_can_carry(string operationId, string codes)
    {
        var examples = DocumentedAnswers.Of(document, operationId).Examples(409);

        Assert.That(string.Join(' ', examples.Select(e => e["code"]!.GetValue<string>())), Is.EqualTo(codes));
    }

    [Test]
    public void A_plan_limit_example_is_what_a_free_plan_user_at_the_limit_gets()
    {
        var example = DocumentedAnswers.Of(document, "RequestExport").Examples(403).Single(e => e["limitName"]!.GetValue<string>() == "dailyExports");

        Assert.That(example["type"]!.GetValue<string>(), Does.EndWith("/plan-limit-exceeded"));
        Assert.That(example["limitKind"]!.GetValue<string>(), Is.EqualTo("daily"));
        Assert.That(example["limit"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(example["usage"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(example["resetsAt"], Is.Not.Null);
        Assert.That(example["detail"]!.GetValue<string>(), Does.StartWith("Your plan allows 3 exports a day and you have used 3 today (dailyExports)."));
    }
}
