using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ResumeExport.Integration.Tests.Resumes;
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

    [TestCase("application/json; charset=x-bogus-1")]
    [TestCase("application/json; charset=iso-8859-1")]
    [TestCase("application/json; charset=utf-16")]
    public async Task A_charset_other_than_utf8_is_a_415_problem_on_every_json_endpoint(string contentType)
    {
        var (client, _) = await TestData.SignedInClientAsync(api);
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var calls = new (HttpMethod Method, string Path, string Body)[]
        {
            (HttpMethod.Post, "/api/auth/login", "{\"email\":\"a@b.io\",\"password\":\"x\"}"),
            (HttpMethod.Post, "/api/auth/register", "{}"),
            (HttpMethod.Post, "/api/resumes", "{}"),
            (HttpMethod.Put, $"/api/resumes/{resumeId}", "{}"),
            (HttpMethod.Post, $"/api/resumes/{resumeId}/exports", "{\"format\":\"pdf\"}"),
            (HttpMethod.Post, "/api/applications/bulk", "{}"),
            (HttpMethod.Post, "/api/billing/subscription/change", "{}"),
            (HttpMethod.Post, "/api/billing/webhooks/stripe", "{}"),
        };

        foreach (var (method, path, body) in calls)
        {
            using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

            var response = await client.SendAsync(request);

            var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
            Assert.That(problem["type"]!.GetValue<string>(), Does.EndWith("/unsupported-media-type"), $"{method} {path}");
        }
    }

    [TestCase("application/json; charset=utf-8")]
    [TestCase("application/json; charset=UTF-8")]
    [TestCase("application/json; charset=\"utf-8\"")]
    [TestCase("application/json")]
    public async Task Utf8_json_with_or_without_a_charset_is_read(string contentType)
    {
        using var client = api.CreateClient();
        var body = $"{{\"email\":\"charset-{Guid.NewGuid():N}@example.com\",\"password\":\"{ApiClient.Password}\",\"displayName\":\"Zoë\"}}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/register") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That((await ApiClient.ReadJsonAsync(response))["user"]!["displayName"]!.GetValue<string>(), Is.EqualTo("Zoë"));
    }

    [TestCase("/api/resumes/not-a-uuid", "id", "'id' must be a UUID.")]
    [TestCase("/api/resumes/exports/12345", "exportId", "'exportId' must be a UUID.")]
    [TestCase("/api/applications/bulk/%7B%7D", "id", "'id' must be a UUID.")]
    [TestCase("/api/resumes?limit=ten", "limit", "'limit' must be a whole number.")]
    [TestCase("/api/resumes/exports?limit=99999999999", "limit", "'limit' must be a whole number.")]
    public async Task A_bad_route_or_query_value_names_the_parameter_in_the_apis_words(string path, string field, string message)
    {
        var (client, _) = await TestData.SignedInClientAsync(api);

        var problem = await AssertProblemAsync(await client.GetAsync(path), HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]![field]![0]!.GetValue<string>(), Is.EqualTo(message));
        Assert.That(problem.ToJsonString(), Does.Not.Contain("Guid").And.Not.Contain("Nullable").And.Not.Contain("Int32").And.Not.Contain("bind"));
    }

    [TestCase("/api/resumes")]
    [TestCase("/api/auth/login")]
    [TestCase("/api/applications/bulk")]
    public async Task A_missing_body_says_a_json_body_is_required(string path)
    {
        var (client, _) = await TestData.SignedInClientAsync(api);

        var empty = await client.PostAsync(path, new StringContent(string.Empty, Encoding.UTF8, "application/json"));
        var literalNull = await client.PostAsync(path, new StringContent("null", Encoding.UTF8, "application/json"));

        foreach (var response in new[] { empty, literalNull })
        {
            var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.That(problem["errors"]!["body"]![0]!.GetValue<string>(), Is.EqualTo("A JSON body is required."));
            Assert.That(problem.ToJsonString(), Does.Not.Contain("Implicit body").And.Not.Contain("parameter"));
        }
    }

    [Test]
    public async Task Cancelling_a_plan_change_that_does_not_exist_says_so_without_naming_the_user()
    {
        var (client, userId) = await TestData.SignedInClientAsync(api);

        var problem = await AssertProblemAsync(await client.DeleteAsync("/api/billing/subscription/pending-change"), HttpStatusCode.NotFound);

        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("There is no pending plan change to cancel."));
        Assert.That(problem.ToJsonString(), Does.Not.Contain(userId.ToString()));
    }

    [TestCase("stripe")]
    [TestCase("paddle")]
    public async Task The_anonymous_webhook_answer_names_no_setting(string provider)
    {
        using var client = api.CreateClient();

        var problem = await AssertProblemAsync(await PostRawAsync($"/api/billing/webhooks/{provider}", "{}"), HttpStatusCode.BadRequest);

        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("not enabled on this server"));
        Assert.That(problem.ToJsonString(), Does.Not.Contain("Billing:").And.Not.Contain("WebhookSecret"));
    }

    [Test]
    public async Task Each_plan_limit_403_fits_its_kind_of_limit()
    {
        var (client, _) = await TestData.SignedInClientAsync(api);
        var resumeId = (await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>();
        var premium = ResumesApiTests.ToJson(ResumeSamples.Classic());
        premium["templateKey"] = "compact";
        premium["sections"]!.AsArray().Add(JsonNode.Parse("{\"kind\":\"skills\",\"title\":\"Skills\",\"items\":[{\"name\":\"C#\"}]}"));

        var secondResume = await AssertProblemAsync(await client.PostAsJsonAsync("/api/resumes", ResumeSamples.Classic("Second")), HttpStatusCode.Forbidden);
        var premiumTemplate = await AssertProblemAsync(await client.PutAsJsonAsync($"/api/resumes/{resumeId}", premium), HttpStatusCode.Forbidden);
        for (var i = 0; i < 3; i++)
        {
            Assert.That((await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" })).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        }

        var fourthExport = await AssertProblemAsync(await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", new { format = "pdf" }), HttpStatusCode.Forbidden);

        Assert.That(secondResume["limitKind"]!.GetValue<string>(), Is.EqualTo("count"));
        Assert.That(secondResume["detail"]!.GetValue<string>(), Does.Contain("1 resume").And.Contain("Delete a resume").And.Not.Contain("daily"));
        Assert.That(premiumTemplate["limitKind"]!.GetValue<string>(), Is.EqualTo("feature"));
        Assert.That(premiumTemplate["detail"]!.GetValue<string>(), Does.Contain("premium template").And.Not.Contain("daily"));
        Assert.That(fourthExport["limitKind"]!.GetValue<string>(), Is.EqualTo("daily"));
        Assert.That(fourthExport["detail"]!.GetValue<string>(), Does.Contain("3 exports a day").And.Contain("daily reset"));
        Assert.That(fourthExport["resetsAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero)).Within(TimeSpan.FromMinutes(1)));
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
