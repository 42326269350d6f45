using System.Net.Http.Headers;

namespace ResumeExport.Reliability.Cases;

/// <summary>
/// One request straight to one replica (no round-robin), keeping what <see cref="SuiteApi"/> drops: the Retry-After
/// header. A 503 a client can act on is a problem+json with Retry-After and no .NET type, driver or stack frame.
/// </summary>
internal sealed class ReplicaProbe : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public async Task<ProbeAnswer> GetAsync(Uri replica, string path, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(replica, path));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return new ProbeAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                response.Headers.RetryAfter?.Delta is { } delta ? ((int)delta.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) : null, text);
        }
        catch (HttpRequestException exception)
        {
            return new ProbeAnswer(0, null, null, exception.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeAnswer(0, null, null, "timed out");
        }
    }

    public void Dispose() => http.Dispose();
}
