using MassTransit;
using Microsoft.Extensions.Options;
using ResumeExport.Infrastructure.Messaging;
using ResumeExport.Infrastructure.Rendering;

namespace ResumeExport.Workers.Pdf.Exports;

/// <summary>One queue, "render-export-pdf", consumed no faster than Chromium has pages: extra messages wait in RabbitMQ.</summary>
public sealed class RenderExportPdfConsumerDefinition : ConsumerDefinition<RenderExportPdfConsumer>
{
    public RenderExportPdfConsumerDefinition(IOptions<ChromiumOptions> chromium)
    {
        EndpointName = MessageQueues.RenderExportPdf;
        ConcurrentMessageLimit = chromium.Value.MaxConcurrentPages;
    }
}
