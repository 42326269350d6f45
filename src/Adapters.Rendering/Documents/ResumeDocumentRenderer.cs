using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Templates;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Adapters.Rendering.Documents;

/// <summary>
/// DOCX, Markdown and plain text, written directly from the templates' outline of the resume: no browser involved, so
/// these formats never wait behind a PDF. The same outline feeds all three, so they say the same things in the same order.
/// </summary>
internal sealed class ResumeDocumentRenderer : IResumeDocumentRenderer
{
    public Task<RenderedDocument> RenderAsync(DocumentRenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var outline = ResumeOutline.Build(ResumeDocumentMapper.ToDocument(request));
        var content = request.Format switch
        {
            ExportFormats.Docx => DocxResumeWriter.Write(outline, DesignOf(request.Resume.TemplateKey), PageSizeOf(request.PageSize)),
            ExportFormats.Markdown => MarkdownResumeWriter.Write(outline),
            ExportFormats.Text => PlainTextResumeWriter.Write(outline),
            _ => throw new DocumentRenderingException(
                ExportErrorCodes.RenderFailed, $"'{request.Format}' is not a format written without a browser (docx, markdown, text)."),
        };
        return Task.FromResult(new RenderedDocument(content));
    }

    /// <summary>An unknown template will not become known on a retry.</summary>
    private static WordDesign DesignOf(string templateKey) =>
        WordDesigns.TryGet(templateKey, out var design)
            ? design
            : throw new DocumentRenderingException(
                ExportErrorCodes.RenderFailed, $"Unknown template '{templateKey}'. Known templates: {string.Join(", ", ResumeTemplates.Keys)}.");

    private static TemplatePageSize PageSizeOf(PageSize pageSize) => pageSize switch
    {
        PageSize.Letter => TemplatePageSize.Letter,
        PageSize.Legal => TemplatePageSize.Legal,
        _ => TemplatePageSize.A4,
    };
}
