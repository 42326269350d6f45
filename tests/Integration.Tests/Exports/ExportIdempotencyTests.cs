using System.Net;
using System.Net.Http.Json;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>
/// Idempotency per the version-2 contract (issue 12, item 6): a header key and a body key that differ are a 400; the
/// same key with any other request is a 409 <c>idempotency_key_reused</c>; only the identical request returns the first export.
/// </summary>
public sealed class ExportIdempotencyTests : ApiFixture
{
    [Test]
    public async Task A_header_key_and_a_different_body_key_are_a_400_and_nothing_is_queued()
    {
        var (client, resumeId) = await ProResumeAsync();

        var response = await PostAsync(client, resumeId, new { format = "pdf", idempotencyKey = "body-key" }, header: "header-key");

        var problem = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!["idempotencyKey"], Is.Not.Null);
        Assert.That((await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes/exports")))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task The_same_key_in_header_and_body_is_one_key()
    {
        var (client, resumeId) = await ProResumeAsync();

        var response = await PostAsync(client, resumeId, new { format = "pdf", idempotencyKey = "same-key" }, header: "same-key");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
    }

    [TestCase("pageSize", "letter")]
    [TestCase("delivery", "email")]
    public async Task The_same_key_with_another_page_size_or_delivery_is_a_409_naming_what_differs(string field, string value)
    {
        var (client, resumeId) = await ProResumeAsync();
        var first = await PostAsync(client, resumeId, new { format = "pdf", idempotencyKey = "k-1" });
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var changed = ResumesApiTests.ToJson(new { format = "pdf", idempotencyKey = "k-1" });
        changed[field] = value;

        var response = await PostAsync(client, resumeId, changed);

        var problem = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("idempotency_key_reused"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(field));
        Assert.That((await ApiClient.ReadJsonAsync(await client.GetAsync("/api/resumes/exports")))["items"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Only_the_identical_request_returns_the_first_export()
    {
        var (client, resumeId) = await ProResumeAsync();
        var body = new { format = "pdf", pageSize = "a4", delivery = "download", idempotencyKey = "k-2" };
        var first = await ApiClient.ReadJsonAsync(await PostAsync(client, resumeId, body));

        var again = await PostAsync(client, resumeId, body);
        var defaultsSpelledOut = await PostAsync(client, resumeId, new { format = "pdf", idempotencyKey = "k-2" });

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ApiClient.ReadJsonAsync(again))["id"]!.GetValue<string>(), Is.EqualTo(first["id"]!.GetValue<string>()));
        Assert.That(defaultsSpelledOut.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a4 and download are the defaults: the same request");
    }

    private async Task<(HttpClient Client, string ResumeId)> ProResumeAsync()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api, "pro");
        return (client, (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string resumeId, object body, string? header = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/resumes/{resumeId}/exports") { Content = JsonContent.Create(body) };
        if (header is not null)
        {
            request.Headers.Add("Idempotency-Key", header);
        }

        return await client.SendAsync(request);
    }
}
