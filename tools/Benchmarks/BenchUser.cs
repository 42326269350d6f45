using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ResumeExport.Benchmarks;

/// <summary>A user of the benchmark's stack: its id, bearer token and its one resume.</summary>
internal sealed record BenchUser(Guid Id, string Token, string ResumeId)
{
    public HttpRequestMessage Request(HttpMethod method, string url, object? body = null) =>
        Request(method, url, body is null ? null : JsonContent.Create(body));

    public HttpRequestMessage Request(HttpMethod method, string url, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }
}
