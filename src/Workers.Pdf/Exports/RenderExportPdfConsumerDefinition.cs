using MassTransit;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Messaging;
using ResumeExport.Adapters.Rendering;

namespace ResumeExport.Workers.Pdf.Exports;

/// <summary>
/// A few more messages than Chromium pages are in flight, so database work overlaps printing (the worker is CPU-bound
/// on print); the browser pool still caps open pages.
/// </summary>
public sealed class RenderExportPdfConsumerDefinition : ConsumerDefinition<RenderExportPdfConsumer>
{
    public RenderExportPdfConsumerDefinition(IOptions<ChromiumOptions> chromium)
    {
        EndpointName = MessageQueues.RenderExportPdf;
        ConcurrentMessageLimit = chromium.Value.MaxConcurrentPages + 2;
    }
}
