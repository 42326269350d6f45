using ResumeExport.Application.Common.Ports.Previews;

namespace ResumeExport.Application.Common.Ports.Rendering;

/// <summary>
/// Turns a resume into a PDF (the template's HTML printed by headless Chromium). Throws <see cref="PdfRenderingException"/>
/// with a stable code when rendering fails or times out. Its preview is made later, from the stored PDF, on its first view
/// (<see cref="IPdfPageRasterizer"/>).
/// </summary>
public interface IResumePdfRenderer
{
    Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken);
}
