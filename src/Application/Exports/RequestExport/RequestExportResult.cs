using ResumeExport.Application.Exports.Common;

namespace ResumeExport.Application.Exports.RequestExport;

/// <param name="Created">False when an earlier request's export is returned for the same key (200, not 202).</param>
public sealed record RequestExportResult(ExportResponse Export, bool Created);
