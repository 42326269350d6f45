namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>Exports that finished in a time window, and how many of them failed.</summary>
public sealed record ExportFinishCounts(int Finished, int Failed);
