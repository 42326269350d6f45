namespace ResumeExport.Application.Exports.CleanupExpiredExports;

/// <summary>Exports expired (or, dry run, expirable) and the bytes they held.</summary>
public sealed record CleanupExpiredExportsResult(int Count, long Bytes, bool DryRun);
