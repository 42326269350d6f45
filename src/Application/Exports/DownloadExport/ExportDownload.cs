using ResumeExport.Application.Common.Ports.Storage;


namespace ResumeExport.Application.Exports.DownloadExport;

public sealed record ExportDownload(StoredFileAccess File, string FileName);
