using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResumeExport.Adapters.Messaging;

/// <summary>
/// Sets a message-ttl policy on <c>*_error</c> queues (<see cref="MessageRetryOptions.DeadLetterRetention"/>).
/// Idempotent; without the management API only the expiry is lost, never a message.
/// </summary>
internal sealed partial class DeadLetterRetentionPolicy(
    IHttpClientFactory httpClients, IOptions<RabbitMqOptions> rabbit, IOptions<MessageRetryOptions> retry, ILogger<DeadLetterRetentionPolicy> logger)
    : BackgroundService
{
    public const string PolicyName = "resume-export-dead-letters";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = rabbit.Value;
        var ttl = (long)retry.Value.DeadLetterRetention.TotalMilliseconds;
        try
        {
            using var http = httpClients.CreateClient();
            http.Timeout = TimeSpan.FromSeconds(10);
            using var request = new HttpRequestMessage(HttpMethod.Put,
                $"http://{options.Host}:{options.ManagementPort}/api/policies/{Uri.EscapeDataString(options.VirtualHost)}/{PolicyName}")
            {
                Content = JsonContent.Create(new Dictionary<string, object>
                {
                    ["pattern"] = "_error$",
                    ["apply-to"] = "queues",
                    ["priority"] = 0,
                    ["definition"] = new Dictionary<string, object> { ["message-ttl"] = ttl },
                }),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
            using var response = await http.SendAsync(request, stoppingToken);
            response.EnsureSuccessStatusCode();
            LogApplied(ttl);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            LogNotApplied(exception.GetType().Name, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dead letters in *_error queues expire after {TtlMs} ms")]
    private partial void LogApplied(long ttlMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead-letter retention policy not applied ({ExceptionType}: {Reason}); dead letters are kept until removed by hand")]
    private partial void LogNotApplied(string exceptionType, string reason);
}
