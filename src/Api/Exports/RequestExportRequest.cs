namespace ResumeExport.Api.Exports;

/// <summary>The POST body. The idempotency key may also come as an <c>Idempotency-Key</c> header.</summary>
public sealed record RequestExportRequest(string Format, string? Delivery, string? PageSize, string? IdempotencyKey);
