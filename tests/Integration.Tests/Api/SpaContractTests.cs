using System.Net;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>What the single-page app and its generated client rely on beyond the endpoints themselves.</summary>
public sealed class SpaContractTests : IntegrationFixture
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
}
