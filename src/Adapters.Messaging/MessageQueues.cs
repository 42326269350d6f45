using ResumeExport.Contracts;

namespace ResumeExport.Adapters.Messaging;

/// <summary>
/// Commands go straight to queues the relay declares, so a command sent before any worker started waits instead of
/// vanishing into an unbound exchange.
/// </summary>
public static class MessageQueues
{
    public const string RenderExportPdf = "render-export-pdf";

    /// <summary>DOCX, Markdown and text: their own queue, so they never wait behind PDF renders (decision 27).</summary>
    public const string RenderExportDocument = "render-export-document";
    public const string SendExportEmail = "send-export-email";
    public const string SendBulkApplication = "send-bulk-application";

    private static readonly Dictionary<Type, string> QueueByContract = new()
    {
        [typeof(RenderExportPdf)] = RenderExportPdf,
        [typeof(RenderExportDocument)] = RenderExportDocument,
        [typeof(SendExportEmail)] = SendExportEmail,
        [typeof(SendBulkApplication)] = SendBulkApplication,
    };

    /// <summary>Every command queue.</summary>
    public static IReadOnlyCollection<string> All => QueueByContract.Values;

    /// <summary>
    /// Null for published events. Quorum queues use <c>exchange:name</c>, since <c>queue:</c> redeclares without
    /// <c>x-queue-type</c> (RabbitMQ 406); <see cref="CommandQueueTopology"/> declares them first.
    /// </summary>
    public static Uri? AddressFor(Type contract, bool quorum) =>
        QueueByContract.TryGetValue(contract, out var queue)
            ? new Uri(quorum ? $"exchange:{queue}" : $"queue:{queue}")
            : null;
}
