using System.Net;
using System.Net.Http.Json;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>
/// Two API replicas over the same real PostgreSQL: sign-in attempts for one account are counted once, not per replica,
/// whatever the e-mail's case and spaces. A fixture (so a database) of its own: the per-IP counter of the test server's
/// one address must not carry another test's attempts.
/// </summary>
public sealed class SharedLoginAccountRateLimitTests : IntegrationFixture
{
    private const int AccountPermits = 4;
    private ApiFactory first = null!;
    private ApiFactory second = null!;

    [OneTimeSetUp]
    public void StartReplicas()
    {
        // The per-IP limit stays far away (the test settings), so only the per-account one can refuse.
        var settings = new Dictionary<string, string?>
        {
            ["Api:LoginAccountPermits"] = AccountPermits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Api:LoginAccountWindow"] = "00:10:00",
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
    public async Task Login_attempts_for_one_account_split_across_two_replicas_meet_the_per_account_limit()
    {
        using var one = first.CreateClient();
        using var two = second.CreateClient();
        var email = $"guessed.{Guid.NewGuid():N}@example.com";
        var statuses = new List<(int Replica, HttpStatusCode Status)>();
        for (var i = 0; i < 3 * AccountPermits; i++)
        {
            var spelling = i % 3 == 0 ? email.ToUpperInvariant() : $" {email} ";
            var response = await (i % 2 == 0 ? one : two).PostAsJsonAsync("/api/auth/login", new { email = spelling, password = "wrong-password" });
            statuses.Add((i % 2, response.StatusCode));
        }

        var admitted = statuses.Where(s => s.Status != HttpStatusCode.TooManyRequests).ToArray();
        Assert.That(admitted, Has.Length.InRange(AccountPermits - 1, AccountPermits + 1), string.Join(", ", statuses));
        Assert.That(admitted.Select(s => s.Replica).Distinct().Count(), Is.EqualTo(2), "both replicas answered within the limit");
        Assert.That(admitted.Select(s => s.Status), Is.All.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Another_account_from_the_same_address_has_its_own_count()
    {
        using var client = first.CreateClient();
        var email = $"other.{Guid.NewGuid():N}@example.com";

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
