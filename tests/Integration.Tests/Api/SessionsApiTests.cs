using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ResumeExport.Adapters.Scheduling;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

public sealed class SessionsApiTests : IntegrationFixture
{
    private const string Password = "correct-horse-battery";

    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost);

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task Sign_up_returns_a_refresh_token_and_lifetimes()
    {
        using var client = api.CreateClient();

        var body = await SignUpAsync(client);

        Assert.That(body["refreshToken"]!.GetValue<string>(), Has.Length.GreaterThanOrEqualTo(43));
        Assert.That(body["expiresIn"]!.GetValue<int>(), Is.InRange(1, 15 * 60));
        Assert.That(body["refreshExpiresAt"]!.GetValue<DateTimeOffset>(), Is.GreaterThan(DateTimeOffset.UtcNow.AddDays(1)));
    }

    [Test]
    public async Task Refresh_rotates_the_token_and_the_old_one_is_spent()
    {
        using var client = api.CreateClient();
        var first = (await SignUpAsync(client))["refreshToken"]!.GetValue<string>();

        var response = await RefreshAsync(client, first);
        var body = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        Assert.That(body["refreshToken"]!.GetValue<string>(), Is.Not.EqualTo(first));
        client.Authorize(body["accessToken"]!.GetValue<string>());
        Assert.That((await client.GetAsync("/api/users/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Reusing_a_spent_token_revokes_the_family_so_the_newest_token_stops_working_too()
    {
        using var client = api.CreateClient();
        var first = (await SignUpAsync(client))["refreshToken"]!.GetValue<string>();
        var second = await RefreshedTokenAsync(client, first);

        var replay = await RefreshAsync(client, first);
        var afterReplay = await RefreshAsync(client, second);

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(afterReplay.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Logout_ends_the_session_with_204()
    {
        using var client = api.CreateClient();
        var first = (await SignUpAsync(client))["refreshToken"]!.GetValue<string>();
        var second = await RefreshedTokenAsync(client, first);

        var logout = await client.PostAsJsonAsync("/api/auth/logout", new { refreshToken = second });

        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await RefreshAsync(client, second)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Changing_the_password_ends_every_session_of_the_user()
    {
        using var client = api.CreateClient();
        var email = $"pw.{Guid.NewGuid():N}@example.com";
        var signUp = await SignUpAsync(client, email);
        var login = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password }));
        client.Authorize(signUp["accessToken"]!.GetValue<string>());

        var wrong = await client.PostAsJsonAsync("/api/users/me/password", new { currentPassword = "not-the-password", newPassword = "another-long-password" });
        var changed = await client.PostAsJsonAsync("/api/users/me/password", new { currentPassword = Password, newPassword = "another-long-password" });

        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await RefreshAsync(client, signUp["refreshToken"]!.GetValue<string>())).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await RefreshAsync(client, login["refreshToken"]!.GetValue<string>())).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var relogin = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "another-long-password" });
        Assert.That(relogin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_password_change_without_fields_is_a_400_naming_them()
    {
        using var client = api.CreateClient();
        client.Authorize((await SignUpAsync(client))["accessToken"]!.GetValue<string>());

        var response = await client.PostAsJsonAsync("/api/users/me/password", new { });
        var body = (await ApiClient.ReadJsonAsync(response)).ToJsonString();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body, Does.Contain("currentPassword").And.Contain("newPassword"));
    }

    [Test]
    public async Task Two_concurrent_refreshes_with_one_token_have_exactly_one_winner()
    {
        using var client = api.CreateClient();
        var token = (await SignUpAsync(client))["refreshToken"]!.GetValue<string>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RefreshAsync(client, token)));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task An_expired_refresh_token_is_a_401()
    {
        using var client = api.CreateClient();
        var body = await SignUpAsync(client);
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var expire = new NpgsqlCommand("UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = @user", connection);
            expire.Parameters.AddWithValue("user", Guid.Parse(body["user"]!["id"]!.GetValue<string>()));
            await expire.ExecuteNonQueryAsync();
        }

        Assert.That((await RefreshAsync(client, body["refreshToken"]!.GetValue<string>())).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Unknown_email_and_wrong_password_answer_byte_identical_problems_and_the_account_limit_trips()
    {
        await using var limited = new ApiFactory(ConnectionString, VirtualHost, new Dictionary<string, string?> { ["Api:LoginAccountPermits"] = "3" });
        using var client = limited.CreateClient();
        var email = $"limit.{Guid.NewGuid():N}@example.com";
        await SignUpAsync(client, email);

        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = $"nobody.{Guid.NewGuid():N}@example.com", password = "wrong-password-1" });
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password-1" });
        await client.PostAsJsonAsync("/api/auth/login", new { email = email.ToUpperInvariant(), password = "wrong-password-2" });
        await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password-3" });
        var tripped = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(WithoutTraceId(await unknown.Content.ReadAsStringAsync()), Is.EqualTo(WithoutTraceId(await wrong.Content.ReadAsStringAsync())));
        Assert.That(tripped.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "per account, whatever the IP");
    }

    [TestCase("")]
    [TestCase("garbage")]
    public async Task A_garbage_refresh_token_is_a_4xx_never_a_5xx(string token)
    {
        using var client = api.CreateClient();

        var refresh = await RefreshAsync(client, token);
        var logout = await client.PostAsJsonAsync("/api/auth/logout", new { refreshToken = token });

        Assert.That((int)refresh.StatusCode, Is.AnyOf(400, 401));
        Assert.That((int)logout.StatusCode, Is.AnyOf(400, 401));
    }

    [Test]
    public async Task An_access_token_is_refused_on_another_replica_soon_after_its_session_logs_out_and_other_sessions_keep_working()
    {
        await using var otherReplica = new ApiFactory(ConnectionString, VirtualHost);
        using var client = api.CreateClient();
        using var otherClient = otherReplica.CreateClient();
        var email = $"out.{Guid.NewGuid():N}@example.com";
        var ended = await SignUpAsync(client, email);
        var kept = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password }));
        var endedAccess = ended["accessToken"]!.GetValue<string>();
        Assert.That(await MeStatusAsync(otherClient, endedAccess), Is.EqualTo(HttpStatusCode.OK), "valid before the logout");

        var logout = await client.PostAsJsonAsync("/api/auth/logout", new { refreshToken = ended["refreshToken"]!.GetValue<string>() });
        var refused = await Eventually.UntilAsync(() => MeStatusAsync(otherClient, endedAccess), s => s == HttpStatusCode.Unauthorized,
            "the other replica to refuse the logged-out session's access token", TimeSpan.FromSeconds(15));

        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(refused, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await MeStatusAsync(client, endedAccess), Is.EqualTo(HttpStatusCode.Unauthorized), "refused on the replica that logged out too");
        Assert.That(await MeStatusAsync(otherClient, kept["accessToken"]!.GetValue<string>()), Is.EqualTo(HttpStatusCode.OK), "the other session of the same user lives on");
    }

    [Test]
    public async Task After_a_password_change_every_access_token_issued_before_it_is_refused()
    {
        using var client = api.CreateClient();
        var email = $"pwa.{Guid.NewGuid():N}@example.com";
        var first = await SignUpAsync(client, email);
        var second = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password }));
        client.Authorize(first["accessToken"]!.GetValue<string>());

        var changed = await client.PostAsJsonAsync("/api/users/me/password", new { currentPassword = Password, newPassword = "another-long-password" });
        var secondAccess = second["accessToken"]!.GetValue<string>();
        await Eventually.UntilAsync(() => MeStatusAsync(client, secondAccess), s => s == HttpStatusCode.Unauthorized,
            "the other session's access token to be refused", TimeSpan.FromSeconds(15));
        var relogin = await ApiClient.ReadJsonAsync(await client.PostAsJsonAsync("/api/auth/login", new { email, password = "another-long-password" }));

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await MeStatusAsync(client, first["accessToken"]!.GetValue<string>()), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await MeStatusAsync(client, relogin["accessToken"]!.GetValue<string>()), Is.EqualTo(HttpStatusCode.OK), "a session started after the change works");
    }

    [Test]
    public async Task A_replayed_refresh_token_also_ends_the_access_token_its_session_holds()
    {
        using var client = api.CreateClient();
        var first = (await SignUpAsync(client))["refreshToken"]!.GetValue<string>();
        var rotated = await ApiClient.ReadJsonAsync(await RefreshAsync(client, first));
        var access = rotated["accessToken"]!.GetValue<string>();
        Assert.That(await MeStatusAsync(client, access), Is.EqualTo(HttpStatusCode.OK));

        var replay = await RefreshAsync(client, first);
        var refused = await Eventually.UntilAsync(() => MeStatusAsync(client, access), s => s == HttpStatusCode.Unauthorized,
            "the session's newest access token to be refused after the replay", TimeSpan.FromSeconds(15));

        Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(refused, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_purge_deletes_sessions_that_ended_past_retention_and_keeps_live_and_recently_ended_ones()
    {
        using var client = api.CreateClient();
        var live = await SignUpAsync(client);
        var liveSpent = live["refreshToken"]!.GetValue<string>();
        await RefreshedTokenAsync(client, liveSpent);
        var expired = await SignUpAsync(client);
        var revokedLongAgo = await SignUpAsync(client);
        var revokedRecently = await SignUpAsync(client);
        await ExecuteAsync("UPDATE refresh_tokens SET expires_at = now() - interval '3 days', family_expires_at = now() - interval '3 days' WHERE user_id = @user", UserId(expired));
        await ExecuteAsync("UPDATE refresh_tokens SET revoked_at = now() - interval '3 days' WHERE user_id = @user", UserId(revokedLongAgo));
        await ExecuteAsync("UPDATE refresh_tokens SET revoked_at = now() - interval '1 hour' WHERE user_id = @user", UserId(revokedRecently));

        await api.Services.GetRequiredService<SessionPurgeJob>().RunOnceAsync(CancellationToken.None);

        Assert.That(await TokenRowsAsync(UserId(live)), Is.EqualTo(2), "a live session keeps its spent token too");
        Assert.That(await TokenRowsAsync(UserId(expired)), Is.Zero);
        Assert.That(await TokenRowsAsync(UserId(revokedLongAgo)), Is.Zero);
        Assert.That(await TokenRowsAsync(UserId(revokedRecently)), Is.EqualTo(1), "revoked within the retention: its access tokens may still be refused by it");
        Assert.That((await RefreshAsync(client, liveSpent)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "replaying the kept spent token is still detected");
    }

    private static Guid UserId(JsonNode auth) => Guid.Parse(auth["user"]!["id"]!.GetValue<string>());

    private async Task ExecuteAsync(string sql, Guid userId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("user", userId);
        Assert.That(await command.ExecuteNonQueryAsync(), Is.Positive, sql);
    }

    private async Task<long> TokenRowsAsync(Guid userId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM refresh_tokens WHERE user_id = @user", connection);
        command.Parameters.AddWithValue("user", userId);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<HttpStatusCode> MeStatusAsync(HttpClient client, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/users/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The trace id differs per request by design; everything else must be the same bytes.</summary>
    private static string WithoutTraceId(string problem) => System.Text.RegularExpressions.Regex.Replace(problem, "\"traceId\":\"[^\"]*\"", string.Empty);

    private static async Task<JsonNode> SignUpAsync(HttpClient client, string? email = null)
    {
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = email ?? $"s.{Guid.NewGuid():N}@example.com", password = Password, displayName = "Sessions" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return await ApiClient.ReadJsonAsync(response);
    }

    private static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string token) =>
        client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token });

    private static async Task<string> RefreshedTokenAsync(HttpClient client, string token)
    {
        var response = await RefreshAsync(client, token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (await ApiClient.ReadJsonAsync(response))["refreshToken"]!.GetValue<string>();
    }
}
