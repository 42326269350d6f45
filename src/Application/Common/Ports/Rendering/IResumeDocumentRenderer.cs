namespace ResumeExport.Application.Common.Ports.Rendering;

/// <summary>
/// Writes a resume as a document that needs no browser: <c>docx</c>, <c>markdown</c> or <c>text</c>
/// (<see cref="Domain.Exports.ExportFormats"/>); throws <see cref="DocumentRenderingException"/> with a stable code.
/// </summary>
public interface IResumeDocumentRenderer
{
    Task<RenderedDocument> RenderAsync(DocumentRenderRequest request, CancellationToken cancellationToken);
}
