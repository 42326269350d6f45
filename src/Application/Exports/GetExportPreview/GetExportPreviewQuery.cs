using System.Security.Cryptography;
using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Previews;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.GetExportPreview;

public sealed record GetExportPreviewQuery(Guid Id) : IQuery<ExportPreview>;

/// <remarks>
/// Drawn on first view (decision 22); the same PDF draws the same bytes, so the ETag is stable and racing views agree.
/// </remarks>
public sealed class GetExportPreviewQueryHandler(
    ICurrentUser currentUser, IExportRepository exports, IExportStorage storage, IPdfPageRasterizer rasterizer, TimeProvider clock)
    : IQueryHandler<GetExportPreviewQuery, ExportPreview>
{
    public const string PreviewUnavailable = "preview_unavailable";

    /// <summary>The preview's width in pixels.</summary>
    public const int PreviewWidthPx = 600;

    public async ValueTask<ExportPreview> Handle(GetExportPreviewQuery query, CancellationToken cancellationToken)
    {
        var export = await exports.FindOwnedReadOnlyAsync(query.Id, currentUser.RequiredUserId, cancellationToken)
            ?? throw new NotFoundException("Export", query.Id);
        if (export.Status != ExportStatus.Completed)
        {
            var status = export.Status.ToString().ToLowerInvariant();
            throw new ConflictException($"export_{status}", $"The export is {status}; only a completed export has a preview.");
        }

        if (!ExportFormats.NeedsBrowser(export.Format))
        {
            throw NotFoundException.Unavailable("Export preview", PreviewUnavailable,
                $"Only PDF exports have a preview; this export is {export.Format}.");
        }

        if (export.PreviewStorageKey is null || export.StorageKey is null)
        {
            throw NotFoundException.Unavailable("Export preview", PreviewUnavailable,
                "This export was completed before previews were made; export the resume again to get one.");
        }

        if (export.StorageDriver != storage.Driver)
        {
            throw new ConflictException(ConflictCodes.ExportStorageMoved, $"The file was stored by the '{export.StorageDriver}' driver, which this server no longer uses.");
        }

        var content = await ReadAsync(export.PreviewStorageKey, cancellationToken)
            ?? await MakeAsync(export, export.StorageKey, export.PreviewStorageKey, cancellationToken);
        return new ExportPreview(content, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"");
    }

    private async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await storage.ReadAsync(key, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private async Task<byte[]> MakeAsync(Export export, string pdfKey, string previewKey, CancellationToken cancellationToken)
    {
        // Cleanup deletes an expired export's files before its row, so a preview made now could outlive both.
        if (export.ExpiresAt <= clock.GetUtcNow())
        {
            throw NotFoundException.Unavailable("Export preview", PreviewUnavailable, "This export has expired; export the resume again to get a preview.");
        }

        var pdf = await ReadAsync(pdfKey, cancellationToken)
            ?? throw NotFoundException.Unavailable("Export preview", PreviewUnavailable, "The file of this export is no longer stored.");
        var png = await rasterizer.FirstPageAsPngAsync(pdf, PreviewWidthPx, cancellationToken);

        // Only the PDF counts toward dailyUploadBytes (docs/PLAN_CHANGES.md).
        await storage.SaveAsync(previewKey, png, "image/png", cancellationToken);
        return png;
    }
}
