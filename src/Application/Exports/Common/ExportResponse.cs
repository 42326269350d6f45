using ResumeExport.Application.Users;
using ResumeExport.Domain.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Exports.Common;

/// <param name="ResumeVersion">The resume version this export renders (null for exports older than versions).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file produced, once completed.</param>
public sealed record ExportResponse(
    Guid Id,
    Guid ResumeId,
    string Format,
    string PageSize,
    string Delivery,
    string Status,
    long? SizeBytes,
    int Attempts,
    string? ErrorCode,
    string? ErrorMessage,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ExpiresAt,
    int? ResumeVersion,
    string? Sha256)
{
    /// <summary>Failed exports only: whether a requeue can help (<see cref="RetryableFailures"/>).</summary>
    public bool? Retryable { get; init; }

    /// <summary>On the failed list only: whose export it is.</summary>
    public OwnerResponse? Owner { get; init; }

    public static ExportResponse From(Export export) => new(
        export.Id,
        export.ResumeId,
        export.Format,
        export.PageSize.ToString().ToLowerInvariant(),
        export.Delivery == ExportDelivery.Email ? "email" : "download",
        export.Status.ToString().ToLowerInvariant(),
        export.SizeBytes,
        export.Attempts,
        export.ErrorCode,
        export.ErrorMessage,
        export.RequestedAt,
        export.CompletedAt,
        export.ExpiresAt,
        export.ResumeVersion,
        export.FileSha256)
    {
        Retryable = export.Status == ExportStatus.Failed ? RetryableFailures.IsRetryable(export.ErrorCode) : null,
    };
}
