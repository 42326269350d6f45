using MassTransit;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Adapters.Rendering;

namespace ResumeExport.Workers.Pdf.Exports;

/// <summary>
/// One queue, "render-export-pdf". A couple more messages than Chromium has pages are in flight, so one export's database
/// work overlaps another's printing (measured: the worker is CPU-bound on print, not on I/O); the browser pool still caps
/// open pages, and everything beyond waits in RabbitMQ.
/// </summary>
public sealed class RenderExportPdfConsumerDefinition : ConsumerDefinition<RenderExportPdfConsumer>
{
    public RenderExportPdfConsumerDefinition(IOptions<ChromiumOptions> chromium)
    {
        EndpointName = MessageQueues.RenderExportPdf;
        ConcurrentMessageLimit = chromium.Value.MaxConcurrentPages + 2;
    }
}
