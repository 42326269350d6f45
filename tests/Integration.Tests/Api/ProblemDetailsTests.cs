using System.Net;
using System.Text;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>Bad input is a 4xx problem document naming what was wrong, never a 500.</summary>
public sealed class ProblemDetailsTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["Api:MaxRequestBodyBytes"] = "4096" });

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await PostRawAsync("/api/auth/login", "{\"email\": \"a@b.io\", ");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_wrong_type_is_a_400_naming_the_field()
    {
        var response = await PostRawAsync("/api/auth/login", "{\"email\": 42, \"password\": \"x\"}");

        var body = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(body["errors"]!["email"], Is.Not.Null, body.ToJsonString());
    }

    [Test]
    public async Task An_unknown_field_is_a_400_naming_the_field()
    {
        var response = await PostRawAsync("/api/auth/login", "{\"email\": \"a@b.io\", \"password\": \"x\", \"isAdmin\": true}");

        var body = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(body["errors"]!.AsObject().Select(e => e.Key), Has.Some.Contains("isAdmin"), body.ToJsonString());
    }

    [Test]
    public async Task An_empty_body_is_a_400_problem()
    {
        var response = await PostRawAsync("/api/auth/login", string.Empty);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_oversized_body_is_a_413_problem()
    {
        var padding = new string('x', 10_000);
        var response = await PostRawAsync("/api/auth/login", $"{{\"email\": \"{padding}@b.io\", \"password\": \"x\"}}");

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/does-not-exist");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_wrong_method_is_a_405_problem()
    {
        using var client = api.CreateClient();

        var response = await client.DeleteAsync("/api/auth/login");

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    private async Task<HttpResponseMessage> PostRawAsync(string path, string json)
    {
        using var client = api.CreateClient();
        return await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(expected), body.ToJsonString());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body["status"]!.GetValue<int>(), Is.EqualTo((int)expected));
        Assert.That(body["title"]!.GetValue<string>(), Is.Not.Empty);
        return body;
    }
}
