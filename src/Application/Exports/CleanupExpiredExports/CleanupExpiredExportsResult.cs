namespace ResumeExport.Application.Exports.CleanupExpiredExports;

/// <summary>What a cleanup run expired (or, in a dry run, would expire): exports and the stored bytes they held.</summary>
public sealed record CleanupExpiredExportsResult(int Count, long Bytes, bool DryRun);
