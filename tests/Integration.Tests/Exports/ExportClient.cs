using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Exports;

/// <summary>Requests exports over HTTP and waits for them to reach a final state.</summary>
public static class ExportClient
{
    public static async Task<JsonNode> RequestAsync(HttpClient client, string resumeId, object? body = null, HttpStatusCode expected = HttpStatusCode.Accepted)
    {
        var response = await client.PostAsJsonAsync($"/api/resumes/{resumeId}/exports", body ?? new { format = "pdf" });
        var json = await ApiClient.ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(expected), json.ToJsonString());
        return json;
    }

    public static async Task<JsonNode> WaitUntilFinishedAsync(HttpClient client, string exportId, TimeSpan? timeout = null) =>
        await Eventually.UntilAsync(
            async () => await ApiClient.ReadJsonAsync(await client.GetAsync($"/api/resumes/exports/{exportId}")),
            export => export["status"]?.GetValue<string>() is "completed" or "failed",
            $"export {exportId} to finish",
            timeout ?? TimeSpan.FromSeconds(90));
}
