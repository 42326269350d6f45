using MassTransit;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Messaging;

namespace ResumeExport.Workers.Pdf.Exports;

/// <summary>Its own receive endpoint and concurrency, so documents are written while every Chromium page is busy.</summary>
public sealed class RenderExportDocumentConsumerDefinition : ConsumerDefinition<RenderExportDocumentConsumer>
{
    public RenderExportDocumentConsumerDefinition(IOptions<DocumentRenderingOptions> options)
    {
        EndpointName = MessageQueues.RenderExportDocument;
        ConcurrentMessageLimit = options.Value.MaxConcurrentDocuments;
    }
}
