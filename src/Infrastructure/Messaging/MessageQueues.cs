using ResumeExport.Contracts;

namespace ResumeExport.Infrastructure.Messaging;

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

    /// <summary>The send address of a contract's queue, or null for a contract that is published (an event).</summary>
    public static Uri? AddressFor(Type contract, bool quorum) =>
        QueueByContract.TryGetValue(contract, out var queue)
            ? new Uri(quorum ? $"queue:{queue}?quorum=true" : $"queue:{queue}")
            : null;
}
