using System.Collections.Concurrent;
using System.Diagnostics;
using ResumeExport.Contracts;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>What the probe consumer saw: every delivery, by export id, with the trace it ran in.</summary>
public sealed class ProbeRecorder
{
    private readonly ConcurrentDictionary<Guid, int> deliveriesByExport = new();
    private readonly ConcurrentDictionary<Guid, byte> failing = new();

    public ConcurrentBag<(Guid? MessageId, RenderExportPdf Message, ActivityTraceId? TraceId)> Deliveries { get; } = [];

    public int DeliveriesOf(Guid exportId) => deliveriesByExport.GetValueOrDefault(exportId);

    public void FailAlways(Guid exportId) => failing[exportId] = 1;

    /// <returns>true when the consumer should throw for this export.</returns>
    public bool Record(Guid? messageId, RenderExportPdf message)
    {
        deliveriesByExport.AddOrUpdate(message.ExportId, 1, (_, count) => count + 1);
        Deliveries.Add((messageId, message, Activity.Current?.TraceId));
        return failing.ContainsKey(message.ExportId);
    }
}
