namespace ResumeExport.Application.Common.Ports.Persistence;

/// <param name="Pending">Committed messages the relay has not published yet.</param>
/// <param name="OldestPendingSince">When the oldest of them was committed; null when none is pending.</param>
public sealed record OutboxStats(long Pending, DateTimeOffset? OldestPendingSince);
