using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ResumeExport.Reliability;

/// <summary>The cluster's management API, through whichever node answers (one may be dead on purpose).</summary>
internal sealed class RabbitManagement : IDisposable
{
    private readonly SuiteSettings settings;
    private readonly HttpClient http;

    public RabbitManagement(SuiteSettings settings)
    {
        this.settings = settings;
        http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.RabbitUser}:{settings.RabbitPassword}")));
    }

    public string VirtualHost => Uri.EscapeDataString(settings.VirtualHost);

    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        Exception? last = null;
        foreach (var port in settings.RabbitManagementPorts)
        {
            try
            {
                using var request = new HttpRequestMessage(method, $"http://127.0.0.1:{port}/api/{path}");
                if (body is not null)
                {
                    request.Content = JsonContent.Create(body);
                }

                using var response = await http.SendAsync(request, cancellationToken);
                response.EnsureSuccessStatusCode();
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                return text.Length == 0 ? null : JsonNode.Parse(text);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                last = exception;
            }
        }

        throw new InvalidOperationException($"no RabbitMQ management API answered {method} {path}", last);
    }

    /// <summary>The node (1-3) leading quorum queue <paramref name="queue"/> (its name is rabbit-relN@host).</summary>
    public async Task<int> LeaderOfAsync(string queue, CancellationToken cancellationToken)
    {
        var leader = (await SendAsync(HttpMethod.Get, $"queues/{VirtualHost}/{queue}", null, cancellationToken))?["leader"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"queue {queue} has no leader (is it a quorum queue?)");
        return int.Parse(leader["rabbit-rel".Length..leader.IndexOf('@', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => http.Dispose();
}
