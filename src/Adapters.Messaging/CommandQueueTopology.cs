using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace ResumeExport.Adapters.Messaging;

/// <summary>
/// Declares quorum command queues (and their fanout exchanges) as consumers do, before the relay first sends, so a
/// command waits even if no worker ever started. A failure is retried on the relay's next pass.
/// </summary>
public sealed class CommandQueueTopology(IOptions<RabbitMqOptions> options) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool declared;

    public async Task EnsureDeclaredAsync(CancellationToken cancellationToken)
    {
        if (declared)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (declared)
            {
                return;
            }

            var rabbit = options.Value;
            var factory = new ConnectionFactory
            {
                UserName = rabbit.Username,
                Password = rabbit.Password,
                VirtualHost = rabbit.VirtualHost,
                ClientProvidedName = "resume-export command queue topology",
            };
            var endpoints = rabbit.Nodes().Select(node => new AmqpTcpEndpoint(node.Host, node.Port)).ToList();
            await using var connection = await factory.CreateConnectionAsync(endpoints, cancellationToken);
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            foreach (var queue in MessageQueues.All)
            {
                await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
                await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                    arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
                await channel.QueueBindAsync(queue, queue, string.Empty, cancellationToken: cancellationToken);
            }

            declared = true;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
