using ResumeExport.Domain.Common;

namespace ResumeExport.Domain.Exports;

/// <summary>The export failed for good: whatever waited for its PDF fails with it.</summary>
public sealed record ExportFailed(Guid ExportId, Guid UserId, string ErrorCode, DateTimeOffset FailedAt) : IDomainEvent;
