using System.Net;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>HTTP hygiene per the version-2 contract (issue 12, item 9), checked on real Kestrel responses.</summary>
public sealed class SecurityHeadersTests : ApiFixture
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    [TestCase("/health/live")]
    [TestCase("/api/templates")]
    [TestCase("/openapi/v1.json")]
    [TestCase("/api/does-not-exist")]
    [TestCase("/api/users/me")]
    public async Task Every_response_has_nosniff_no_referrer_a_strict_csp_and_no_server_header(string path)
    {
        using var client = Api.CreateClient();

        var response = await client.GetAsync(path);

        AssertBaseline(response);
        Assert.That(Header(response, "Content-Security-Policy"), Is.EqualTo(ApiPolicy), path);
    }

    [Test]
    public async Task Authenticated_responses_and_problems_are_no_store_and_public_ones_are_not()
    {
        var (client, _) = await TestData.SignedInClientAsync(Api);
        using var anonymous = Api.CreateClient();

        var me = await client.GetAsync("/api/users/me");
        var missing = await client.GetAsync($"/api/resumes/{Guid.NewGuid()}");
        var unauthorized = await anonymous.GetAsync("/api/users/me");
        var templates = await anonymous.GetAsync("/api/templates");

        Assert.That(me.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(missing.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(unauthorized.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(unauthorized.Headers.CacheControl?.NoStore, Is.True, "a 401 from a protected endpoint is not cached either");
        Assert.That(templates.Headers.CacheControl?.NoStore ?? false, Is.False);
    }

    [Test]
    public async Task A_download_is_no_store_nosniff_and_under_the_strict_csp()
    {
        var (client, userId) = await TestData.SignedInClientAsync(Api);
        var resumeId = Guid.Parse((await ResumesApiTests.PostResumeAsync(client, ResumeSamples.Classic()))["id"]!.GetValue<string>());
        var (exportId, pdf) = await TestData.CompletedExportAsync(Api, userId, resumeId);

        var response = await client.GetAsync($"/api/resumes/exports/{exportId}/download");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        AssertBaseline(response);
        Assert.That(Header(response, "Content-Security-Policy"), Is.EqualTo(ApiPolicy));
    }

    [Test]
    public async Task The_api_reference_page_gets_its_own_policy_that_still_frames_nothing_and_loads_only_from_this_origin()
    {
        using var client = Api.CreateClient();

        var response = await client.GetAsync("/scalar/v1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        AssertBaseline(response);
        var policy = Header(response, "Content-Security-Policy");
        Assert.That(policy, Does.StartWith("default-src 'none'").And.Contain("frame-ancestors 'none'").And.Contain("connect-src 'self'"));
        Assert.That(policy, Does.Not.Contain("http:").And.Not.Contain("https:").And.Not.Contain("*"), "nothing from other origins");
    }

    private static void AssertBaseline(HttpResponseMessage response)
    {
        Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("no-referrer"));
        Assert.That(response.Headers.Contains("Server"), Is.False, "no Server header");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
