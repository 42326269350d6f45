using ResumeExport.Application.Common.Ports.Storage;


namespace ResumeExport.Application.Exports.DownloadExport;

/// <param name="ContentType">The format's media type (<see cref="Domain.Exports.ExportFormats.ContentTypeOf"/>).</param>
public sealed record ExportDownload(StoredFileAccess File, string FileName, string ContentType);
