using System.Net;
using Npgsql;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>
/// While PostgreSQL cannot be reached, readiness says so and every request gets a clean 503 problem with Retry-After:
/// no 500, no exception or driver name. Found by the reliability suite's PostgreSQL restart (it answered 500 before).
/// </summary>
public sealed class DatabaseOutageTests : IntegrationFixture
{
    [Test]
    public async Task Requests_get_a_503_problem_and_readiness_is_503_while_the_database_is_unreachable()
    {
        string token;
        await using (var healthy = new ApiFactory(ConnectionString, VirtualHost))
        {
            using var client = healthy.CreateClient();
            (token, _) = await ApiClient.RegisterAsync(client);
        }

        // The same API pointed at a port where no PostgreSQL listens: a database that is down.
        var unreachable = new NpgsqlConnectionStringBuilder(ConnectionString) { Port = 1, Timeout = 3 }.ConnectionString;
        await using var api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = unreachable,
            ["Database:ApplyMigrationsOnStartup"] = "false",
        });
        using var outage = api.CreateClient().Authorize(token);

        var read = await outage.GetAsync("/api/users/me");
        var write = await outage.PostAsync("/api/resumes", System.Net.Http.Json.JsonContent.Create(ResumeSamples.Classic()));
        var ready = await outage.GetAsync("/health/ready");

        foreach (var response in new[] { read, write })
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), text);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(text, Does.Not.Contain("Npgsql").And.Not.Contain("Exception").And.Not.Contain(" at "), "no driver, exception or stack frame");
            Assert.That((await ApiClient.ReadJsonAsync(response))["type"]!.GetValue<string>(), Does.EndWith("/service-unavailable"));
        }

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }
}
