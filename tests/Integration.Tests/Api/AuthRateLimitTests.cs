using System.Net;
using System.Net.Http.Json;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

public sealed class AuthRateLimitTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?>
    {
        ["Api:AuthRateLimitPermits"] = "3",
        ["Api:AuthRateLimitWindow"] = "00:10:00",
    });

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task Login_attempts_past_the_limit_get_429_with_retry_after()
    {
        using var client = api.CreateClient();
        var attempts = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            attempts.Add(await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "wrong-password" }));
        }

        Assert.That(attempts.Take(3).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Unauthorized));
        var limited = attempts[3];
        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
