using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ResumeExport.Reliability;

/// <summary>
/// The public HTTP API as a client sees it, through a round-robin "load balancer" over the API replicas: a request that
/// cannot reach one replica is not retried on the other (that would hide a failure).
/// </summary>
internal sealed class SuiteApi : IDisposable
{
    public const string Password = "Reliability-password-1";
    private readonly HttpClient http;
    private readonly Uri[] replicas;
    private int next;

    public SuiteApi(IEnumerable<Uri> replicas)
    {
        this.replicas = replicas.ToArray();
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public static object ResumeBody(string title) => new
    {
        title,
        templateKey = "classic",
        sections = new object[]
        {
            new { kind = "summary", title = "Summary", items = new object[] { new { text = "Keeps distributed systems boring." } } },
            new
            {
                kind = "experience",
                title = "Experience",
                items = Enumerable.Range(0, 3).Select(i => (object)new
                {
                    company = $"Company {i}",
                    role = "Site Reliability Engineer",
                    location = "Berlin",
                    startDate = $"201{i}-01-01",
                    endDate = $"201{i + 1}-12-31",
                    bullets = new[] { "Ran game days with real faults.", "Cut the pager load in half." },
                }).ToArray(),
            },
            new
            {
                kind = "education",
                title = "Education",
                items = new object[] { new { institution = "TU Berlin", degree = "MSc", field = "Computer Science", startDate = "2006-10-01", endDate = "2009-09-30" } },
            },
        },
    };

    /// <summary>Registers a user, moves them to the team plan (mock billing) and creates one resume.</summary>
    public async Task<SuiteUser> CreateTeamUserAsync(string email, CancellationToken cancellationToken)
    {
        var registered = await SendJsonAsync(HttpMethod.Post, "/api/auth/register", null, new { email, password = Password, displayName = "Reliability " + email.Split('@')[0] }, cancellationToken);
        var token = registered.Body!["accessToken"]!.GetValue<string>();
        var userId = Guid.Parse(registered.Body["user"]!["id"]!.GetValue<string>());
        await SendJsonAsync(HttpMethod.Post, "/api/billing/subscription/change", token, new { planCode = "team" }, cancellationToken);
        var resume = await SendJsonAsync(HttpMethod.Post, "/api/resumes", token, ResumeBody("Resume of " + email), cancellationToken);
        return new SuiteUser(email, token, userId, Guid.Parse(resume.Body!["id"]!.GetValue<string>()));
    }

    /// <summary>POST an export (202 with the export when accepted).</summary>
    public async Task<ApiResult> RequestExportAsync(SuiteUser user, bool emailed, CancellationToken cancellationToken) =>
        await TrySendAsync(HttpMethod.Post, $"/api/resumes/{user.ResumeId}/exports", user.Token,
            new { format = "pdf", delivery = emailed ? "email" : "download" }, cancellationToken);

    public async Task<ApiResult> BulkApplyAsync(SuiteUser user, IReadOnlyList<string> recipients, CancellationToken cancellationToken) =>
        await TrySendAsync(HttpMethod.Post, "/api/applications/bulk", user.Token, new
        {
            resumeId = user.ResumeId,
            applications = recipients.Select((r, i) => new { company = $"Company {i}", position = "Reliability Engineer", recipientEmail = r }).ToArray(),
        }, cancellationToken);

    public Task<ApiResult> GetAsync(string path, SuiteUser? user, CancellationToken cancellationToken) =>
        TrySendAsync(HttpMethod.Get, path, user?.Token, null, cancellationToken);

    public Task<ApiResult> PutAsync(string path, SuiteUser user, object body, CancellationToken cancellationToken) =>
        TrySendAsync(HttpMethod.Put, path, user.Token, body, cancellationToken);

    public Task<ApiResult> PostAsync(string path, SuiteUser user, object body, CancellationToken cancellationToken) =>
        TrySendAsync(HttpMethod.Post, path, user.Token, body, cancellationToken);

    /// <summary>One request to the next replica. Never throws for HTTP errors or refused connections: the status says (0 = no answer).</summary>
    public async Task<ApiResult> TrySendAsync(HttpMethod method, string path, string? token, object? body, CancellationToken cancellationToken)
    {
        var replica = replicas[(int)((uint)Interlocked.Increment(ref next) % replicas.Length)];
        using var request = new HttpRequestMessage(method, new Uri(replica, path));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            JsonNode? json = null;
            if (text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
            {
                try
                {
                    json = JsonNode.Parse(text);
                }
                catch (System.Text.Json.JsonException)
                {
                    // kept as text
                }
            }

            return new ApiResult((int)response.StatusCode, json, text, response.Content.Headers.ContentType?.MediaType, elapsed);
        }
        catch (HttpRequestException exception)
        {
            return new ApiResult(0, null, exception.Message, null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ApiResult(0, null, "timed out", null, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    public void Dispose() => http.Dispose();

    private async Task<ApiResult> SendJsonAsync(HttpMethod method, string path, string? token, object body, CancellationToken cancellationToken)
    {
        var result = await TrySendAsync(method, path, token, body, cancellationToken);
        return result.Status is >= 200 and < 300
            ? result
            : throw new InvalidOperationException($"{method} {path} answered {result.Status}: {result.Text}");
    }
}
