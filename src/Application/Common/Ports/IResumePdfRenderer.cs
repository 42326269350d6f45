namespace ResumeExport.Application.Common.Ports;

/// <summary>
/// Turns a resume into a PDF (the template's HTML printed by headless Chromium) and a PNG preview of its first page, made
/// on the same page right after the print. Throws <see cref="ExportPipelineException"/>
/// with a stable code when rendering fails or times out.
/// </summary>
public interface IResumePdfRenderer
{
    Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken);
}
