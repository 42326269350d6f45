using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ResumeExport.Integration.Tests.Resumes;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.ShareLinks;

/// <summary>The owner's calls the share-link tests make.</summary>
internal static class ShareLinkClient
{
    public static async Task<Guid> PostResumeAsync(HttpClient owner, string title = "Backend Engineer") =>
        Guid.Parse((await ResumesApiTests.PostResumeAsync(owner, ResumeSamples.Classic(title)))["id"]!.GetValue<string>());

    /// <summary>Replaces the resume with one titled <paramref name="title"/>: a new version.</summary>
    public static async Task UpdateResumeAsync(HttpClient owner, Guid resumeId, string title)
    {
        using var response = await owner.PutAsJsonAsync($"/api/resumes/{resumeId}", ResumeSamples.Classic(title));
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> CreateAsync(HttpClient owner, Guid resumeId, object body) =>
        owner.PostAsJsonAsync($"/api/resumes/{resumeId}/share-links", body);

    /// <returns>The link's id and the path of its page (<c>/s/{token}</c>).</returns>
    public static async Task<(Guid Id, string Path)> CreateLinkAsync(HttpClient owner, Guid resumeId, object? body = null)
    {
        using var response = await CreateAsync(owner, resumeId, body ?? new { });
        var created = await ApiClient.ReadJsonAsync(response);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), created.ToJsonString());
        return (Guid.Parse(created["id"]!.GetValue<string>()), new Uri(created["url"]!.GetValue<string>()).AbsolutePath);
    }

    public static async Task<JsonArray> ListAsync(HttpClient owner, Guid resumeId) =>
        (await ApiClient.ReadJsonAsync(await owner.GetAsync($"/api/resumes/{resumeId}/share-links"))).AsArray();

    public static FormUrlEncodedContent Password(string password) => new([new KeyValuePair<string, string>("password", password)]);
}
