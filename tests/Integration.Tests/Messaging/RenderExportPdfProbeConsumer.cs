using MassTransit;
using ResumeExport.Contracts;

namespace ResumeExport.Integration.Tests.Messaging;

/// <summary>Stands in for the PDF worker's consumer: records deliveries and fails on request.</summary>
public sealed class RenderExportPdfProbeConsumer(ProbeRecorder recorder) : IConsumer<RenderExportPdf>
{
    public const string QueueName = "render-export-pdf-probe";

    public Task Consume(ConsumeContext<RenderExportPdf> context) =>
        recorder.Record(context.MessageId, context.Message)
            ? throw new InvalidOperationException($"Probe failure for export {context.Message.ExportId}.")
            : Task.CompletedTask;
}
