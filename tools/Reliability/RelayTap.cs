namespace ResumeExport.Reliability;

/// <summary>
/// A second (quorum) queue bound to each command exchange: it gets a copy of every message the outbox relays publish, so
/// the suite can count publishes per message id (the outbox row id). Redeliveries to consumers do not show here; only
/// publishes do.
/// </summary>
internal sealed class RelayTap(RabbitManagement management)
{
    private static readonly string[] Exchanges = ["render-export-pdf", "send-export-email", "send-bulk-application"];

    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        foreach (var exchange in Exchanges)
        {
            var queue = "reliability-tap-" + exchange;
            await management.SendAsync(HttpMethod.Put, $"queues/{management.VirtualHost}/{queue}",
                new { durable = true, auto_delete = false, arguments = new Dictionary<string, object> { ["x-queue-type"] = "quorum" } }, cancellationToken);
            await management.SendAsync(HttpMethod.Post, $"bindings/{management.VirtualHost}/e/{exchange}/q/{queue}", new { routing_key = string.Empty }, cancellationToken);
        }
    }

    /// <summary>Takes every message out of the taps: publishes per message id since the last drain.</summary>
    public async Task<Dictionary<Guid, int>> DrainAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<Guid, int>();
        foreach (var exchange in Exchanges)
        {
            while (true)
            {
                var batch = await management.SendAsync(HttpMethod.Post, $"queues/{management.VirtualHost}/reliability-tap-{exchange}/get",
                    new { count = 1000, ackmode = "ack_requeue_false", encoding = "auto", truncate = 64 }, cancellationToken);
                var messages = batch?.AsArray() ?? [];
                foreach (var message in messages)
                {
                    if (Guid.TryParse(message?["properties"]?["message_id"]?.GetValue<string>(), out var id))
                    {
                        counts[id] = counts.GetValueOrDefault(id) + 1;
                    }
                }

                if (messages.Count < 1000)
                {
                    break;
                }
            }
        }

        return counts;
    }
}
