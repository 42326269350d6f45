using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
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
