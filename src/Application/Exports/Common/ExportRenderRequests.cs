using ResumeExport.Application.Common.Ports.Messaging;
using ResumeExport.Contracts;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.Common;

/// <summary>The one place that picks an export's render message by its format: PDFs to Chromium, the rest beside them.</summary>
public static class ExportRenderRequests
{
    /// <summary>Queues the render of <paramref name="export"/> in the current unit of work (request, bulk apply, retry).</summary>
    public static void EnqueueRender(this IMessageOutbox outbox, Export export, DateTimeOffset requestedAt)
    {
        if (ExportFormats.NeedsBrowser(export.Format))
        {
            outbox.Enqueue(new RenderExportPdf(export.Id, export.UserId, requestedAt));
        }
        else
        {
            outbox.Enqueue(new RenderExportDocument(export.Id, export.UserId, requestedAt, export.Format));
        }
    }

    /// <summary>The same message as <see cref="EnqueueRender"/>, for a redelivery (decision 36).</summary>
    public static object RenderMessageFor(Export export) =>
        ExportFormats.NeedsBrowser(export.Format)
            ? new RenderExportPdf(export.Id, export.UserId, export.RequestedAt)
            : new RenderExportDocument(export.Id, export.UserId, export.RequestedAt, export.Format);
}
