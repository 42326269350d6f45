using ResumeExport.Application.Common.Ports.Rendering;


namespace ResumeExport.Adapters.Rendering;

/// <summary>Wraps the real renderer with <see cref="RenderFaultInjection"/>.</summary>
internal sealed class FaultInjectingPdfRenderer(ChromiumResumePdfRenderer inner, RenderFaultInjection faults) : IResumePdfRenderer
{
    public Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken)
    {
        faults.ThrowIfEnabled();
        return inner.RenderAsync(request, cancellationToken);
    }
}
