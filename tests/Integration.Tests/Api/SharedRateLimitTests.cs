using System.Net;
using System.Net.Http.Json;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>
/// Two API replicas over the same real PostgreSQL (decision 32): a user's burst split across both is the configured
/// burst, not twice it. Invalid bulk-apply bodies take a token (the limiter runs first) without making work.
/// </summary>
public sealed class SharedRateLimitTests : IntegrationFixture
{
    private const int Burst = 4;
    private ApiFactory first = null!;
    private ApiFactory second = null!;

    [OneTimeSetUp]
    public void StartReplicas()
    {
        var settings = new Dictionary<string, string?>
        {
            ["BurstLimits:BulkApply:TokenLimit"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BurstLimits:BulkApply:ReplenishmentPeriod"] = "00:10:00",
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
    public async Task A_burst_split_across_two_replicas_is_the_configured_burst_not_twice_it()
    {
        var (one, _) = await TestData.SignedInClientAsync(first, "team");
        using var two = second.CreateClient();
        two.DefaultRequestHeaders.Authorization = one.DefaultRequestHeaders.Authorization;

        var admitted = new Dictionary<string, int> { ["first"] = 0, ["second"] = 0 };
        for (var i = 0; i < 3 * Burst; i++)
        {
            var (name, client) = i % 2 == 0 ? ("first", one) : ("second", two);
            var response = await client.PostAsJsonAsync("/api/applications/bulk", new { });
            Assert.That((int)response.StatusCode, Is.LessThan(500), await response.Content.ReadAsStringAsync());
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                admitted[name]++;
            }
        }

        Assert.That(admitted.Values.Sum(), Is.InRange(Burst - 1, Burst + 1), "the configured burst, not one per replica");
        Assert.That(admitted.Values, Is.All.GreaterThan(0), "both replicas admitted part of the burst");
    }
}
