using ResumeExport.Domain.Common;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.Exports;

/// <summary>The PDF is stored: e-mail it if asked, release the waiting bulk applications.</summary>
public sealed record ExportCompleted(Guid ExportId, Guid UserId, ExportDelivery Delivery, DateTimeOffset CompletedAt) : IDomainEvent;
