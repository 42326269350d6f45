using System.Net;
using System.Net.Http.Json;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Resumes;

/// <summary>
/// Optimistic concurrency per the version-2 contract (issue 12, item 5): GET and PUT answer with <c>ETag: "version"</c>;
/// a malformed <c>If-Match</c> is a 400 and changes nothing; a stale one is a 412 with <c>currentVersion</c>; a stale
/// body <c>version</c> stays a 409.
/// </summary>
public sealed class ResumeConcurrencyTests : ApiFixture
{
    [Test]
    public async Task Get_and_put_answer_with_the_version_as_a_strong_etag()
    {
        var (client, id) = await ResumeAsync();

        var read = await client.GetAsync($"/api/resumes/{id}");
        var written = await PutAsync(client, id, "\"1\"");

        Assert.That(read.Headers.ETag?.ToString(), Is.EqualTo("\"1\""));
        Assert.That(written.StatusCode, Is.EqualTo(HttpStatusCode.OK), await written.Content.ReadAsStringAsync());
        Assert.That(written.Headers.ETag?.ToString(), Is.EqualTo("\"2\""));
        Assert.That((await ApiClient.ReadJsonAsync(written))["version"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [TestCase("\"garbage\"")]
    [TestCase("garbage")]
    [TestCase("*")]
    [TestCase("\"1\", \"2\"")]
    [TestCase("\"99999999999\"")]
    [TestCase("\"0\"")]
    [TestCase("\"-1\"")]
    [TestCase("1")]
    [TestCase("\"\"")]
    public async Task A_malformed_if_match_is_a_400_and_the_write_does_not_happen(string ifMatch)
    {
        var (client, id) = await ResumeAsync();

        var response = await PutAsync(client, id, ifMatch);

        var problem = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), problem.ToJsonString());
        Assert.That(problem["errors"]!["If-Match"], Is.Not.Null, problem.ToJsonString());
        Assert.That((await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{id}")))["version"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_stale_if_match_is_a_412_with_the_current_version_and_the_write_does_not_happen()
    {
        var (client, id) = await ResumeAsync();
        Assert.That((await PutAsync(client, id, "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var stale = await PutAsync(client, id, "\"1\"", title: "Lost update");

        var problem = await ApiClient.ReadJsonAsync(stale);
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed), problem.ToJsonString());
        Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("/precondition-failed"));
        Assert.That(problem["currentVersion"]!.GetValue<int>(), Is.EqualTo(2));
        var current = await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/{id}"));
        Assert.That(current["title"]!.GetValue<string>(), Is.Not.EqualTo("Lost update"));
    }

    [Test]
    public async Task A_weak_tag_of_the_current_version_is_accepted()
    {
        var (client, id) = await ResumeAsync();

        var response = await PutAsync(client, id, "W/\"1\"");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_stale_body_version_is_still_a_409_with_the_current_version()
    {
        var (client, id) = await ResumeAsync();
        Assert.That((await client.PutAsJsonAsync($"/api/resumes/{id}", ResumesApiTests.WithVersion(ResumeSamples.Classic("First"), 1))).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var stale = await client.PutAsJsonAsync($"/api/resumes/{id}", ResumesApiTests.WithVersion(ResumeSamples.Classic("Second"), 1));

        var problem = await ApiClient.ReadJsonAsync(stale);
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), problem.ToJsonString());
        Assert.That(problem["currentVersion"]!.GetValue<int>(), Is.EqualTo(2));
    }

    private async Task<(HttpClient Client, string Id)> ResumeAsync()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        return (client, (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string id, string ifMatch, string title = "Edited")
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/resumes/{id}") { Content = JsonContent.Create(ResumesApiTests.ToJson(ResumeSamples.Classic(title))) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }
}
