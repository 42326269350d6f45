namespace ResumeExport.Contracts;

// FROZEN: MassTransit routes by namespace + type name; renaming strands queued messages. Add optional members only.

/// <summary>
/// Asks the PDF worker to write and store one export in a format that needs no browser (DOCX, Markdown, text), on
/// its own queue so it never waits behind PDF renders (decision 27).
/// </summary>
/// <param name="Format">The export's format as on the wire, for routing and logs; the export row stays the truth.</param>
public sealed record RenderExportDocument(Guid ExportId, Guid UserId, DateTimeOffset RequestedAt, string Format);
