using System.Net;
using System.Net.Http.Json;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>Two API replicas over the same real PostgreSQL: sign-in attempts per IP are counted once, not per replica.</summary>
public sealed class SharedAuthRateLimitTests : IntegrationFixture
{
    private const int Permits = 3;
    private ApiFactory first = null!;
    private ApiFactory second = null!;

    [OneTimeSetUp]
    public void StartReplicas()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Api:AuthRateLimitPermits"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Api:AuthRateLimitWindow"] = "00:10:00",
        };
        first = new ApiFactory(ConnectionString, VirtualHost, settings);
        second = new ApiFactory(ConnectionString, VirtualHost, settings);
    }

    [OneTimeTearDown]
    public async Task StopReplicasAsync()
    {
        await second.DisposeAsync();
        await first.DisposeAsync();
    }

    [Test]
    public async Task Login_attempts_from_one_address_split_across_two_replicas_meet_the_configured_limit()
    {
        using var one = first.CreateClient();
        using var two = second.CreateClient();
        var statuses = new List<(int Replica, HttpStatusCode Status)>();
        for (var i = 0; i < 3 * Permits; i++)
        {
            var response = await (i % 2 == 0 ? one : two).PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "wrong-password" });
            statuses.Add((i % 2, response.StatusCode));
        }

        var admitted = statuses.Where(s => s.Status != HttpStatusCode.TooManyRequests).ToArray();
        Assert.That(admitted, Has.Length.InRange(Permits - 1, Permits + 1), string.Join(", ", statuses));
        Assert.That(admitted.Select(s => s.Replica).Distinct().Count(), Is.EqualTo(2), "both replicas answered within the limit");
        Assert.That(statuses.Skip(Permits + 1).Select(s => s.Status), Is.All.EqualTo(HttpStatusCode.TooManyRequests));
    }
}
