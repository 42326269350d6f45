using ResumeExport.Domain.Common;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.Exports;

/// <summary>The export's PDF is stored: e-mail it if asked, and release the bulk applications waiting for it.</summary>
public sealed record ExportCompleted(Guid ExportId, Guid UserId, ExportDelivery Delivery, DateTimeOffset CompletedAt) : IDomainEvent;
