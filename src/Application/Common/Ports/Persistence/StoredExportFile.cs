namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>One stored file of an export (its PDF or its preview) and the driver that wrote it.</summary>
public sealed record StoredExportFile(Guid ExportId, string Driver, string Key);
