using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

/// <summary>
/// When the counters cannot be reached (decision 32): burst limits fail open and sign-in fails closed by default, each
/// switchable by setting; with a fake store (down on demand) and with the real PostgreSQL missing its table.
/// </summary>
public sealed class RateLimitStoreDownTests : IntegrationFixture
{
    [Test]
    public async Task With_the_store_down_a_burst_limit_fails_open_and_sign_in_fails_closed_with_a_503()
    {
        var store = new FakeRateLimitStore();
        await using var api = Api(store, new() { ["BurstLimits:BulkApply:TokenLimit"] = "1" });
        var (client, _) = await TestData.SignedInClientAsync(api, "team");
        store.Down = true;

        var bulk = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            bulk.Add((await client.PostAsJsonAsync("/api/applications/bulk", new { })).StatusCode);
        }

        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "wrong-password" });

        Assert.That(bulk, Has.None.EqualTo(HttpStatusCode.TooManyRequests), "open: past a bucket of one, nothing is refused");
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), await login.Content.ReadAsStringAsync());
        Assert.That(login.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That((await ApiClient.ReadJsonAsync(login))["type"]!.GetValue<string>(), Does.EndWith("/service-unavailable"));
    }

    [Test]
    public async Task The_settings_turn_each_policy_open_or_closed()
    {
        var store = new FakeRateLimitStore();
        await using var api = Api(store, new() { ["RateLimits:DefaultWhenStoreDown"] = "Closed", ["RateLimits:WhenStoreDown:auth"] = "Open", ["RateLimits:WhenStoreDown:login-account"] = "Open" });
        var (client, _) = await TestData.SignedInClientAsync(api, "team");
        store.Down = true;

        var bulk = await client.PostAsJsonAsync("/api/applications/bulk", new { });
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "wrong-password" });

        Assert.That(bulk.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public void A_fail_mode_for_an_unknown_policy_stops_the_start_naming_the_setting()
    {
        using var api = Api(new FakeRateLimitStore(), new() { ["RateLimits:WhenStoreDown:no-such-policy"] = "Closed" });
        var failure = Assert.Catch(() => api.CreateClient());
        Assert.That(failure!.ToString(), Does.Contain("RateLimits:WhenStoreDown:no-such-policy"));
    }

    [Test]
    public async Task With_the_real_table_gone_the_burst_fails_open_and_sign_in_closed_then_counting_resumes()
    {
        await using var api = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["BurstLimits:BulkApply:TokenLimit"] = "1" });
        var (client, _) = await TestData.SignedInClientAsync(api, "team");
        await SqlAsync("ALTER TABLE rate_limit_counters RENAME TO rate_limit_counters_away");
        HttpStatusCode[] bulk;
        HttpResponseMessage login;
        try
        {
            bulk = [(await client.PostAsJsonAsync("/api/applications/bulk", new { })).StatusCode, (await client.PostAsJsonAsync("/api/applications/bulk", new { })).StatusCode];
            login = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = "wrong-password" });
        }
        finally
        {
            await SqlAsync("ALTER TABLE rate_limit_counters_away RENAME TO rate_limit_counters");
        }

        var again = new[] { (await client.PostAsJsonAsync("/api/applications/bulk", new { })).StatusCode, (await client.PostAsJsonAsync("/api/applications/bulk", new { })).StatusCode };

        Assert.That(bulk, Has.None.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(again[1], Is.EqualTo(HttpStatusCode.TooManyRequests), "counting resumes with the store");
    }

    private ApiFactory Api(FakeRateLimitStore store, Dictionary<string, string?> settings) =>
        new(ConnectionString, VirtualHost, settings, configureServices: services =>
        {
            services.RemoveAll<IRateLimitStore>();
            services.AddSingleton<IRateLimitStore>(store);
        });

    private async Task SqlAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
