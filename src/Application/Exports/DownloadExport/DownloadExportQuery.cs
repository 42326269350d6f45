using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.DownloadExport;

public sealed record DownloadExportQuery(Guid Id) : IQuery<ExportDownload>;

public sealed class DownloadExportQueryHandler(ICurrentUser currentUser, IExportRepository exports, IResumeRepository resumes, IExportStorage storage)
    : IQueryHandler<DownloadExportQuery, ExportDownload>
{
    public async ValueTask<ExportDownload> Handle(DownloadExportQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var export = await exports.FindOwnedAsync(query.Id, userId, cancellationToken) ?? throw new NotFoundException("Export", query.Id);
        if (export.Status != ExportStatus.Completed || export.StorageKey is null)
        {
            throw new ConflictException($"export_{export.Status.ToString().ToLowerInvariant()}", $"The export is {export.Status.ToString().ToLowerInvariant()}; only a completed export can be downloaded.");
        }

        if (export.StorageDriver != storage.Driver)
        {
            throw new ConflictException(ConflictCodes.ExportStorageMoved, $"The file was stored by the '{export.StorageDriver}' driver, which this server no longer uses.");
        }

        var title = (await resumes.FindOwnedAsync(export.ResumeId, userId, cancellationToken))?.Title ?? "resume";
        var fileName = DownloadFileNames.For(title, export.Format);
        var contentType = ExportFormats.ContentTypeOf(export.Format);
        return new ExportDownload(await storage.OpenAsync(export.StorageKey, fileName, contentType, cancellationToken), fileName, contentType);
    }
}
