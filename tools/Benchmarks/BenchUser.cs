using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ResumeExport.Benchmarks;

/// <summary>A user of the benchmark's stack: its id, bearer token, its first resume, and resumes not yet exported.</summary>
internal sealed record BenchUser(Guid Id, string Token, string ResumeId)
{
    /// <summary>
    /// Resumes of distinct content, each exported once: an unchanged version exported again takes the stored file
    /// without rendering (decision 35), so a phase that measures rendering gives every export a resume of its own.
    /// </summary>
    public ConcurrentQueue<string> UnexportedResumes { get; } = new();

    public HttpRequestMessage Request(HttpMethod method, string url, object? body = null) =>
        Request(method, url, body is null ? null : JsonContent.Create(body));

    public HttpRequestMessage Request(HttpMethod method, string url, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }
}
