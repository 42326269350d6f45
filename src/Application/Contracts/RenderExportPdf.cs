namespace ResumeExport.Contracts;

// FROZEN: MassTransit routes by namespace + type name; renaming strands queued messages. Add optional members only.

/// <summary>Asks the PDF worker to render and store one export.</summary>
public sealed record RenderExportPdf(Guid ExportId, Guid UserId, DateTimeOffset RequestedAt);
