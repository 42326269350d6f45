namespace ResumeExport.Contracts;

// FROZEN: see RenderExportPdf.

/// <summary>Asks the e-mail worker to send one export e-mail (reason freeTierExport).</summary>
public sealed record SendExportEmail(Guid EmailJobId, Guid ExportId, Guid UserId);
