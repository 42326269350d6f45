using System.Net;
using Microsoft.Extensions.Options;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

public sealed class HostingTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?>
    {
        ["Api:CorsOrigins:0"] = "https://app.example.com",
    });

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task Ready_reports_postgres_and_rabbitmq_healthy()
    {
        using var client = api.CreateClient();

        var body = await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await client.GetAsync("/health/ready")),
            b => b["status"]?.GetValue<string>() == "Healthy",
            "/health/ready to be Healthy");

        Assert.That(body["checks"]!["postgres"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        Assert.That(body["checks"]!.AsObject().Select(c => c.Key), Has.Some.StartsWith("masstransit"));
    }

    [Test]
    public async Task Dead_letters_get_the_configured_retention_as_a_broker_policy()
    {
        using var client = api.CreateClient();
        await client.GetAsync("/health/live");

        var policy = await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await TestServices.RabbitManagement.GetAsync($"policies/{VirtualHost}/resume-export-dead-letters")),
            p => p["definition"] is not null,
            "the dead-letter policy");

        Assert.That(policy["pattern"]!.GetValue<string>(), Is.EqualTo("_error$"));
        Assert.That(policy["definition"]!["message-ttl"]!.GetValue<long>(), Is.EqualTo((long)TimeSpan.FromDays(14).TotalMilliseconds));
    }

    [Test]
    public async Task Live_answers_without_touching_dependencies()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_openapi_document_and_the_reference_page_are_served()
    {
        using var client = api.CreateClient();

        var document = await ApiClient.ReadJsonAsync(await client.GetAsync("/openapi/v1.json"));
        var reference = await client.GetAsync("/scalar/v1");

        Assert.That(document["openapi"]!.GetValue<string>(), Does.StartWith("3."));
        Assert.That(document["paths"]!.AsObject().Select(p => p.Key), Is.SupersetOf(new[] { "/api/auth/register", "/api/auth/login", "/api/users/me" }));
        Assert.That(document["components"]!["securitySchemes"]!["Bearer"], Is.Not.Null);
        Assert.That(reference.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_openapi_document_types_members_as_they_travel_nullable_ones_optional_and_numbers_as_numbers()
    {
        using var client = api.CreateClient();

        var schemas = (await ApiClient.ReadJsonAsync(await client.GetAsync("/openapi/v1.json")))["components"]!["schemas"]!;
        var export = schemas["ExportResponse"]!;
        var required = export["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray();

        Assert.That(required, Does.Contain("id").And.Contain("status"));
        Assert.That(required, Does.Not.Contain("errorCode").And.Not.Contain("completedAt"), "null members are left out of responses");
        Assert.That(schemas["RequestExportRequest"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "format" }));
        Assert.That(export["properties"]!["attempts"]!["type"]!.ToJsonString(), Is.EqualTo("\"integer\""));
        Assert.That(export["properties"]!["sizeBytes"]!["type"]!.ToJsonString(), Is.EqualTo("""["null","integer"]"""));
    }

    [Test]
    public async Task Cors_allows_the_configured_spa_origin_only()
    {
        using var client = api.CreateClient();

        var allowed = await PreflightAsync(client, "https://app.example.com");
        var denied = await PreflightAsync(client, "https://evil.example.net");

        Assert.That(allowed.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins), Is.True);
        Assert.That(origins, Is.EqualTo(new[] { "https://app.example.com" }));
        Assert.That(denied.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task A_cross_origin_response_lets_the_spa_read_location_retry_after_and_etag()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/templates");
        request.Headers.Add("Origin", "https://app.example.com");

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.TryGetValues("Access-Control-Expose-Headers", out var exposed), Is.True);
        Assert.That(string.Join(",", exposed!).Split(',', StringSplitOptions.TrimEntries), Is.SupersetOf(new[] { "Location", "Retry-After", "ETag" }));
    }

    [Test]
    public void Production_refuses_to_start_with_a_weak_signing_key()
    {
        using var production = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["Jwt:SigningKey"] = "development-only-signing-key-change-me-0123456789",
        }, environment: "Production");

        var failure = Assert.Catch(() => production.CreateClient());

        Assert.That(failure, Is.InstanceOf<OptionsValidationException>().Or.InnerException.InstanceOf<OptionsValidationException>());
        Assert.That(failure!.ToString(), Does.Contain("Jwt:SigningKey is too weak for Production"));
    }

    [Test]
    public void Any_environment_refuses_to_start_without_a_signing_key()
    {
        using var keyless = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["Jwt:SigningKey"] = string.Empty });

        var failure = Assert.Catch(() => keyless.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain("Jwt:SigningKey is missing"));
    }

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/users/me");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return client.SendAsync(request);
    }
}
