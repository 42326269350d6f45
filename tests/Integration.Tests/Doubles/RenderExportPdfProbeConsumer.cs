using MassTransit;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Contracts;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>Stands in for the PDF worker's consumer: records deliveries and fails on request.</summary>
public sealed class RenderExportPdfProbeConsumer(ProbeRecorder recorder) : IConsumer<RenderExportPdf>
{
    /// <summary>The PDF worker's queue: the relay sends RenderExportPdf there.</summary>
    public const string QueueName = MessageQueues.RenderExportPdf;

    public Task Consume(ConsumeContext<RenderExportPdf> context) =>
        recorder.Record(context.MessageId, context.Message)
            ? throw new InvalidOperationException($"Probe failure for export {context.Message.ExportId}.")
            : Task.CompletedTask;
}
