using ResumeExport.Application.Common.Ports;

namespace ResumeExport.Infrastructure.Rendering;

/// <summary>
/// The renderer in processes that do not render (the API, the e-mail worker). The generated mediator registers every
/// handler in every process, so the port must resolve; only the PDF worker replaces this with Chromium.
/// </summary>
internal sealed class PdfRenderingNotHostedHere : IResumePdfRenderer
{
    public Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("PDF rendering runs in the PDF worker (AddChromiumPdfRendering), not in this process.");
}
