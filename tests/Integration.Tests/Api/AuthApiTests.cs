using System.Net;
using System.Net.Http.Json;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Api;

public sealed class AuthApiTests : IntegrationFixture
{
    private ApiFactory api = null!;

    [OneTimeSetUp]
    public void StartApi() => api = new ApiFactory(ConnectionString, VirtualHost);

    [OneTimeTearDown]
    public async Task StopApiAsync() => await api.DisposeAsync();

    [Test]
    public async Task Register_returns_201_with_a_token_that_opens_users_me()
    {
        using var client = api.CreateClient();
        var email = $"Ana.{Guid.NewGuid():N}@Example.com";

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = "correct-horse-battery", displayName = "  Ana Lima " });
        var body = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
        Assert.That(body["accessToken"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(body["expiresAt"]!.GetValue<DateTimeOffset>(), Is.GreaterThan(DateTimeOffset.UtcNow));
        Assert.That(body["user"]!["email"]!.GetValue<string>(), Is.EqualTo(email));
        Assert.That(body["user"]!["displayName"]!.GetValue<string>(), Is.EqualTo("Ana Lima"));
        Assert.That(body["user"]!["role"]!.GetValue<string>(), Is.EqualTo("user"));

        client.Authorize(body["accessToken"]!.GetValue<string>());
        var me = await ApiClient.ReadJsonAsync(await client.GetAsync("/api/users/me"));
        Assert.That(me["id"]!.GetValue<string>(), Is.EqualTo(body["user"]!["id"]!.GetValue<string>()));
        Assert.That(me["planCode"]!.GetValue<string>(), Is.EqualTo("free"));
    }

    [Test]
    public async Task Login_is_case_insensitive_on_email_and_returns_a_fresh_token()
    {
        using var client = api.CreateClient();
        var email = $"case.{Guid.NewGuid():N}@example.com";
        await ApiClient.RegisterAsync(client, email);

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = email.ToUpperInvariant(), password = "correct-horse-battery" });
        var body = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        Assert.That(body["user"]!["email"]!.GetValue<string>(), Is.EqualTo(email));
    }

    [Test]
    public async Task Registering_the_same_email_in_another_case_is_a_409_conflict()
    {
        using var client = api.CreateClient();
        var email = $"dup.{Guid.NewGuid():N}@example.com";
        await ApiClient.RegisterAsync(client, email);

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = email.ToUpperInvariant(), password = "correct-horse-battery", displayName = "Twin" });
        var body = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body["code"]!.GetValue<string>(), Is.EqualTo("email_taken"));
    }

    [Test]
    public async Task Concurrent_registrations_of_one_email_create_one_account()
    {
        using var client = api.CreateClient();
        var email = $"race.{Guid.NewGuid():N}@example.com";

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            client.PostAsJsonAsync("/api/auth/register", new { email, password = "correct-horse-battery", displayName = "Racer" })));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(responses.Where(r => r.StatusCode != HttpStatusCode.Created).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_401()
    {
        using var client = api.CreateClient();
        var email = $"pw.{Guid.NewGuid():N}@example.com";
        await ApiClient.RegisterAsync(client, email);

        var wrongPassword = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "not-the-password" });
        var unknownEmail = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody-" + email, password = "correct-horse-battery" });

        Assert.That(wrongPassword.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(unknownEmail.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var first = await ApiClient.ReadJsonAsync(wrongPassword);
        var second = await ApiClient.ReadJsonAsync(unknownEmail);
        Assert.That(first["detail"]!.GetValue<string>(), Is.EqualTo(second["detail"]!.GetValue<string>()));
    }

    [Test]
    public async Task Every_registration_error_comes_back_at_once_keyed_by_field()
    {
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "not-an-email", password = "short", displayName = "   " });
        var body = await ApiClient.ReadJsonAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = body["errors"]!.AsObject().Select(e => e.Key).ToArray();
        Assert.That(errors, Is.EquivalentTo(new[] { "email", "password", "displayName" }));
    }

    [Test]
    public async Task Users_me_without_a_token_is_a_401_problem()
    {
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/users/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task A_token_signed_with_another_key_is_rejected()
    {
        using var client = api.CreateClient();
        var (token, _) = await ApiClient.RegisterAsync(client);
        var parts = token.Split('.');
        var forged = $"{parts[0]}.{parts[1]}.{new string('A', parts[2].Length)}";

        var response = await client.Authorize(forged).GetAsync("/api/users/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
