using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>Small helpers over the real HTTP API: sign up users and read JSON bodies.</summary>
public static class ApiClient
{
    /// <summary>The password of every user <see cref="RegisterAsync"/> signs up.</summary>
    public const string Password = "correct-horse-battery";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static async Task<(string Token, Guid UserId)> RegisterAsync(HttpClient client, string? email = null)
    {
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, displayName = "Test User" });
        var body = await ReadJsonAsync(response);
        Assert.That(response.IsSuccessStatusCode, Is.True, $"register failed: {body}");
        return (body["accessToken"]!.GetValue<string>(), Guid.Parse(body["user"]!["id"]!.GetValue<string>()));
    }

    public static HttpClient Authorize(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text.Length == 0 ? "{}" : text)!;
    }
}
