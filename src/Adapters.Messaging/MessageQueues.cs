using ResumeExport.Contracts;

namespace ResumeExport.Adapters.Messaging;

/// <summary>
/// The queue of each command. The outbox relay sends commands straight to these queues (declaring them, durable and of
/// the configured type, if missing), so a command written before any worker ever started waits in its queue instead of
/// vanishing into an exchange that nothing is bound to yet. Consumer definitions use the same names.
/// </summary>
public static class MessageQueues
{
    public const string RenderExportPdf = "render-export-pdf";
    public const string SendExportEmail = "send-export-email";
    public const string SendBulkApplication = "send-bulk-application";

    private static readonly Dictionary<Type, string> QueueByContract = new()
    {
        [typeof(RenderExportPdf)] = RenderExportPdf,
        [typeof(SendExportEmail)] = SendExportEmail,
        [typeof(SendBulkApplication)] = SendBulkApplication,
    };

    /// <summary>Every command queue.</summary>
    public static IReadOnlyCollection<string> All => QueueByContract.Values;

    /// <summary>
    /// The send address of a contract's queue, or null for a contract that is published (an event). Classic queues:
    /// <c>queue:name</c>, which declares the queue on the way. Quorum queues: <c>exchange:name</c> (the queue's own fanout
    /// exchange), because MassTransit's <c>queue:</c> address declares the queue without <c>x-queue-type</c>, which RabbitMQ
    /// refuses for an existing quorum queue (406 PRECONDITION_FAILED): <see cref="CommandQueueTopology"/> declares the quorum
    /// queues and their bindings first.
    /// </summary>
    public static Uri? AddressFor(Type contract, bool quorum) =>
        QueueByContract.TryGetValue(contract, out var queue)
            ? new Uri(quorum ? $"exchange:{queue}" : $"queue:{queue}")
            : null;
}
