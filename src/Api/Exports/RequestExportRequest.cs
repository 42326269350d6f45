namespace ResumeExport.Api.Exports;

/// <summary>The POST body. The idempotency key may also come as an <c>Idempotency-Key</c> header.</summary>
/// <param name="Format"><c>pdf</c>, <c>docx</c>, <c>markdown</c> or <c>text</c>; the plan's <c>exportFormats</c> must list it.</param>
/// <param name="Delivery"><c>download</c> (default) or <c>email</c>; e-mail-delivery plans always e-mail.</param>
/// <param name="PageSize"><c>a4</c> (default), <c>letter</c> or <c>legal</c>; Markdown and text have no pages.</param>
public sealed record RequestExportRequest(string Format, string? Delivery, string? PageSize, string? IdempotencyKey);
