using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Adapters.Rendering;

/// <summary>Records <c>resume_export.export.render.duration</c> (format pdf) around whichever PDF renderer the host registered.</summary>
internal sealed class MeteredPdfRenderer(IResumePdfRenderer inner, ResumeExportMetrics metrics, TimeProvider clock) : IResumePdfRenderer
{
    public async Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        try
        {
            var pdf = await inner.RenderAsync(request, cancellationToken);
            metrics.ExportRendered(ExportFormats.Pdf, clock.GetElapsedTime(started), errorType: null);
            return pdf;
        }
        catch (Exception exception)
        {
            metrics.ExportRendered(ExportFormats.Pdf, clock.GetElapsedTime(started), ErrorTypes.Of(exception));
            throw;
        }
    }
}
