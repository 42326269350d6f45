namespace ResumeExport.Application.Common.Ports;

/// <summary>Exports that finished in a time window, and how many of them failed.</summary>
public sealed record ExportFinishCounts(int Finished, int Failed);
