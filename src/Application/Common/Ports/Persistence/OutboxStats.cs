namespace ResumeExport.Application.Common.Ports.Persistence;

/// <param name="Pending">Committed messages not yet published.</param>
/// <param name="OldestPendingSince">Null when none is pending.</param>
public sealed record OutboxStats(long Pending, DateTimeOffset? OldestPendingSince);
