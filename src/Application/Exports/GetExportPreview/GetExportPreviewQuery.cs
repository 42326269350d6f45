using System.Security.Cryptography;
using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.GetExportPreview;

public sealed record GetExportPreviewQuery(Guid Id) : IQuery<ExportPreview>;

/// <remarks>
/// The preview is read back whole (tens of kilobytes) whichever driver stored it, so both drivers answer the same way:
/// the bytes with a strong ETag of them. The file of a completed export never changes, so the tag is stable.
/// </remarks>
public sealed class GetExportPreviewQueryHandler(ICurrentUser currentUser, IExportRepository exports, IExportStorage storage)
    : IQueryHandler<GetExportPreviewQuery, ExportPreview>
{
    public const string PreviewUnavailable = "preview_unavailable";

    public async ValueTask<ExportPreview> Handle(GetExportPreviewQuery query, CancellationToken cancellationToken)
    {
        var export = await exports.FindOwnedReadOnlyAsync(query.Id, currentUser.RequiredUserId, cancellationToken)
            ?? throw new NotFoundException("Export", query.Id);
        if (export.Status != ExportStatus.Completed)
        {
            var status = export.Status.ToString().ToLowerInvariant();
            throw new ConflictException($"export_{status}", $"The export is {status}; only a completed export has a preview.");
        }

        if (export.PreviewStorageKey is null)
        {
            throw NotFoundException.Unavailable("Export preview", PreviewUnavailable,
                "This export was completed before previews were made; export the resume again to get one.");
        }

        if (export.StorageDriver != storage.Driver)
        {
            throw new ConflictException(ConflictCodes.ExportStorageMoved, $"The file was stored by the '{export.StorageDriver}' driver, which this server no longer uses.");
        }

        byte[] content;
        try
        {
            content = await storage.ReadAsync(export.PreviewStorageKey, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            throw NotFoundException.Unavailable("Export preview", PreviewUnavailable, "The preview of this export is no longer stored.");
        }

        return new ExportPreview(content, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"");
    }
}
