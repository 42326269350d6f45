namespace ResumeExport.Contracts;

// FROZEN: MassTransit routes by namespace + type name. Renaming or moving a contract strands messages already queued.
// Add optional members only; a breaking change is a new type (e.g. RenderExportPdfV2).

/// <summary>Asks the PDF worker to render and store one export.</summary>
public sealed record RenderExportPdf(Guid ExportId, Guid UserId, DateTimeOffset RequestedAt);
