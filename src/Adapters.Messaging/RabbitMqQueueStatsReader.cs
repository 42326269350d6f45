using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Messaging;

namespace ResumeExport.Adapters.Messaging;

/// <summary>Depths and consumers of our work and error queues, from the management API.</summary>
internal sealed partial class RabbitMqQueueStatsReader(HttpClient http, IOptions<RabbitMqOptions> options, ILogger<RabbitMqQueueStatsReader> logger)
    : IQueueStatsReader
{
    private static readonly string[] WorkQueues = [MessageQueues.RenderExportPdf, MessageQueues.RenderExportDocument, MessageQueues.SendExportEmail, MessageQueues.SendBulkApplication];

    public async Task<IReadOnlyList<QueueStats>> ReadAsync(CancellationToken cancellationToken)
    {
        var rabbit = options.Value;
        var vhost = Uri.EscapeDataString(rabbit.VirtualHost);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get,
                $"http://{rabbit.Host}:{rabbit.ManagementPort}/api/queues/{vhost}?columns=name,messages,consumers");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{rabbit.Username}:{rabbit.Password}")));
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var queues = await response.Content.ReadFromJsonAsync<List<ManagementQueue>>(cancellationToken) ?? [];
            var byName = queues.ToDictionary(q => q.Name, StringComparer.Ordinal);
            return WorkQueues
                .SelectMany(q => new[] { (Name: q, Error: false), (Name: q + "_error", Error: true) })
                .Select(q => byName.TryGetValue(q.Name, out var found)
                    ? new QueueStats(q.Name, found.Messages ?? 0, found.Consumers ?? 0, q.Error)
                    : new QueueStats(q.Name, 0, 0, q.Error))
                .ToArray();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            LogUnavailable(exception.GetType().Name, exception.Message);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "RabbitMQ management API unavailable for queue statistics: {ExceptionType} {Reason}")]
    private partial void LogUnavailable(string exceptionType, string reason);

    private sealed record ManagementQueue(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("messages")] long? Messages,
        [property: JsonPropertyName("consumers")] int? Consumers);
}
