using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Rendering;

namespace ResumeExport.Adapters.Rendering;

/// <summary>Records <c>resume_export.export.render.duration</c> by format around the document writers.</summary>
internal sealed class MeteredDocumentRenderer(IResumeDocumentRenderer inner, ResumeExportMetrics metrics, TimeProvider clock) : IResumeDocumentRenderer
{
    public async Task<RenderedDocument> RenderAsync(DocumentRenderRequest request, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        try
        {
            var document = await inner.RenderAsync(request, cancellationToken);
            metrics.ExportRendered(request.Format, clock.GetElapsedTime(started), errorType: null);
            return document;
        }
        catch (Exception exception)
        {
            metrics.ExportRendered(request.Format, clock.GetElapsedTime(started), ErrorTypes.Of(exception));
            throw;
        }
    }
}
