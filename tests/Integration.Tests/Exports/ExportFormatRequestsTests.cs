using System.Net;
using System.Net.Http.Json;
using ResumeExport.Integration.Tests.BulkApplies;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>What the API answers for each <c>format</c> before any worker runs: 400 for an unknown one, 403 where the plan lacks it.</summary>
public sealed class ExportFormatRequestsTests : ApiFixture
{
    [TestCase("odt")]
    [TestCase("PDF")]
    [TestCase("")]
    public async Task An_unknown_format_is_a_400_naming_format_and_listing_the_formats(string format)
    {
        var (client, _) = await TestData.SignedInClientAsync(Api, "pro");
        var resumeId = await ResumeIdAsync(client);

        var response = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format });
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
            Assert.That(problem["errors"]!["format"]!.AsArray().Select(e => e!.GetValue<string>()),
                Is.EqualTo(new[] { "'format' must be one of 'pdf', 'docx', 'markdown', 'text'." }));
        });
    }

    [Test]
    public async Task A_free_user_asking_for_docx_is_a_403_naming_the_export_formats_feature()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        var resumeId = await ResumeIdAsync(client);

        var response = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "docx" });
        var problem = await ApiClient.ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), problem.ToJsonString());
            Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("plan-limit-exceeded"));
            Assert.That(problem["limitName"]!.GetValue<string>(), Is.EqualTo("exportFormats"));
            Assert.That(problem["limitKind"]!.GetValue<string>(), Is.EqualTo("feature"));
            Assert.That(problem["resetsAt"], Is.Null, "a feature does not reset");
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("exportFormats"));
        });
    }

    [Test]
    public async Task A_free_users_bulk_apply_naming_docx_is_a_403_naming_export_formats_and_an_unknown_format_a_400()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        var resumeId = Guid.Parse(await ResumeIdAsync(client));

        var docx = await client.PostAsJsonAsync("/api/applications/bulk", WithFormat(BulkApplyClient.Body(resumeId, "hr@acme.example"), "docx"));
        var odt = await client.PostAsJsonAsync("/api/applications/bulk", WithFormat(BulkApplyClient.Body(resumeId, "hr@acme.example"), "odt"));
        var docxProblem = await ApiClient.ReadJsonAsync(docx);
        var odtProblem = await ApiClient.ReadJsonAsync(odt);

        Assert.Multiple(() =>
        {
            Assert.That(docx.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), docxProblem.ToJsonString());
            Assert.That(docxProblem["limitName"]!.GetValue<string>(), Is.EqualTo("exportFormats"));
            Assert.That(odt.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), odtProblem.ToJsonString());
            Assert.That(odtProblem["errors"]!["format"], Is.Not.Null);
        });
    }

    [Test]
    public async Task The_plans_and_the_plan_usage_list_each_plans_export_formats()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);

        var plans = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/billing/plans"));
        var usage = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/users/me/plan-usage"));

        var formatsByPlan = plans.AsArray().ToDictionary(
            p => p!["code"]!.GetValue<string>(),
            p => p!["limits"]!["exportFormats"]!.AsArray().Select(f => f!.GetValue<string>()).ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(formatsByPlan["free"], Is.EqualTo(new[] { "pdf", "markdown", "text" }));
            Assert.That(formatsByPlan["pro"], Is.EqualTo(new[] { "pdf", "docx", "markdown", "text" }));
            Assert.That(formatsByPlan["team"], Is.EqualTo(new[] { "pdf", "docx", "markdown", "text" }));
            Assert.That(usage["limits"]!["exportFormats"]!.AsArray().Select(f => f!.GetValue<string>()), Is.EqualTo(new[] { "pdf", "markdown", "text" }));
        });
    }

    private static System.Text.Json.Nodes.JsonNode WithFormat(object body, string format)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(body, ApiClient.Json)!;
        json["format"] = format;
        return json;
    }

    private static async Task<string> ResumeIdAsync(HttpClient client) =>
        (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
}
