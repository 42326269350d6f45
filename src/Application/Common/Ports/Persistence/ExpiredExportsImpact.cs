namespace ResumeExport.Application.Common.Ports.Persistence;

/// <summary>How many expired exports there are and how many stored bytes they hold.</summary>
public sealed record ExpiredExportsImpact(int Count, long Bytes);
