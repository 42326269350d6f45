using ResumeExport.Application.Common.Ports.Previews;

namespace ResumeExport.Application.Common.Ports.Rendering;

/// <summary>
/// Prints a resume to PDF; throws <see cref="PdfRenderingException"/> with a stable code. The preview comes later
/// (<see cref="IPdfPageRasterizer"/>).
/// </summary>
public interface IResumePdfRenderer
{
    Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken);
}
