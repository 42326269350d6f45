using ResumeExport.Application.Common.Ports.Rendering;

namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>DOCX, Markdown and plain text, written directly from the templates' model: no browser involved.</summary>
internal sealed class ResumeDocumentRenderer : IResumeDocumentRenderer
{
    public Task<RenderedDocument> RenderAsync(DocumentRenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = ResumeDocumentMapper.ToDocument(request);
        _ = document;
        throw new DocumentRenderingException("document-format-unsupported", $"'{request.Format}' documents cannot be written yet.");
    }
}
