using ResumeExport.Domain.BulkApplies;

namespace ResumeExport.Application.BulkApplies.Common;

public sealed record BulkApplyResponse(Guid Id, Guid ResumeId, Guid ExportId, DateTimeOffset CreatedAt, IReadOnlyList<BulkApplicationResponse> Applications)
{
    public static BulkApplyResponse From(BulkApply bulkApply) => new(
        bulkApply.Id,
        bulkApply.ResumeId,
        bulkApply.ExportId,
        bulkApply.CreatedAt,
        bulkApply.Applications.OrderBy(a => a.Ordinal).Select(BulkApplicationResponse.From).ToArray());
}
