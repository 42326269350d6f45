using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.Problems;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.DownloadExport;
using ResumeExport.Application.Exports.GetExport;
using ResumeExport.Application.Exports.GetExportPreview;
using ResumeExport.Application.Exports.ListExports;
using ResumeExport.Application.Exports.RequestExport;
using ResumeExport.Application.Exports.RetryExport;
using ResumeExport.Application.Exports.WatchExport;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Api.Exports;

public static class ExportsApi
{
    /// <summary>Why an export's files cannot be read (yet): the 409 codes of download and preview.</summary>
    private static readonly string[] NotDownloadableCodes =
        [ConflictCodes.ExportQueued, ConflictCodes.ExportProcessing, ConflictCodes.ExportFailed, ConflictCodes.ExportExpired, ConflictCodes.ExportStorageMoved];

    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/resumes")
            .WithTags("Exports")
            .RequireAuthorization();

        group.MapPost("/{resumeId}/exports", RequestAsync)
            .WithName("RequestExport")
            .RequireRateLimiting(RateLimitPolicies.ExportEnqueue)
            .WithSummary("Queue an export (202) in a format: pdf, docx, markdown or text, as the plan's exportFormats allow. Idempotency key in the Idempotency-Key header or the body (both given and different: 400); the same key with the same request returns the first export (200), with any other resume, format, delivery or page size 409 idempotency_key_reused. 503 with Retry-After and code render_queue_full while too many exports wait to be rendered (nothing is queued; a replay of an accepted key still answers 200).")
            .ProducesPlanLimit(PlanLimitNames.ExportFormats, PlanLimitNames.DailyExports, PlanLimitNames.DailyUploadBytes)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.IdempotencyKeyReused)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/exports", ListAsync).WithName("ListExports").WithSummary("The caller's exports, newest first.");
        group.MapGet("/exports/failed", ListFailedAsync).WithName("ListFailedExports")
            .WithSummary("Failed exports with their error code and message: the caller's own, or everyone's for admins.");
        group.MapPost("/exports/{exportId}/retry", RetryAsync).WithName("RetryExport")
            .WithSummary("Requeue a failed export: owner or admin, only from failed, capped per export, rate limited per user.")
            .RequireRateLimiting(RateLimitPolicies.Requeue)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.ExportNotFailed, ConflictCodes.NotRetryable, ConflictCodes.RetryCapReached);
        group.MapGet("/exports/{exportId}", GetAsync).WithName("GetExport").WithSummary("One of the caller's exports: status, size, attempts and error, expiry.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/exports/{exportId}/events", WatchAsync).WithName("WatchExport")
            .WithSummary("Server-Sent Events (text/event-stream) of one of the caller's exports: `event: status` with the export (the shape of GetExport) and an `id:`, first the current status, then each change, ending after completed, failed or expired. A comment line every 15 s keeps proxies open; the stream also ends after its maximum lifetime (connect again). Nothing is read from the database while waiting.")
            .Produces<ExportResponse>(StatusCodes.Status200OK, ExportEventStream.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/exports/{exportId}/download", DownloadAsync).WithName("DownloadExport")
            .WithSummary("The export's file in its format (PDF, DOCX, Markdown or text, with that Content-Type and file extension): streamed (local storage) or a redirect to a short-lived presigned URL (S3).")
            .Produces(StatusCodes.Status200OK, contentType: ExportFormats.ContentTypeOf(ExportFormats.Pdf),
                additionalContentTypes: [.. ExportFormats.All.Where(f => f != ExportFormats.Pdf).Select(ExportFormats.ContentTypeOf)])
            .Produces(StatusCodes.Status302Found)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(NotDownloadableCodes);
        group.MapGet("/exports/{exportId}/preview", PreviewAsync).WithName("GetExportPreview")
            .WithSummary("PDF exports only: a PNG of the PDF's first page, about 600 px wide, drawn from the PDF on its first view, with a strong ETag (If-None-Match: 304). 404 with code preview_unavailable for other formats and for exports completed before previews existed; 409 while the export is not completed; 503 with Retry-After when it cannot be drawn right now.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(NotDownloadableCodes)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static async Task<Results<Accepted<ExportResponse>, Ok<ExportResponse>>> RequestAsync(
        Guid resumeId, RequestExportRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKeyHeader,
        ISender sender, CancellationToken cancellationToken)
    {
        if (body.IdempotencyKey is not null && idempotencyKeyHeader is not null && !string.Equals(body.IdempotencyKey, idempotencyKeyHeader, StringComparison.Ordinal))
        {
            throw RequestValidation.Failure("idempotencyKey", "The Idempotency-Key header and the body's idempotencyKey differ: send one key, or the same key in both.");
        }

        var command = new RequestExportCommand(resumeId, body.Format, body.Delivery, body.PageSize, body.IdempotencyKey ?? idempotencyKeyHeader);
        var result = await sender.Send(command, cancellationToken);
        return result.Created
            ? TypedResults.Accepted($"/api/resumes/exports/{result.Export.Id}", result.Export)
            : TypedResults.Ok(result.Export);
    }

    public static async Task<Ok<Page<ExportResponse>>> ListAsync(string? cursor, int? limit, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListExportsQuery(cursor, limit ?? ListExportsQuery.DefaultLimit), cancellationToken));

    public static async Task<Ok<Page<ExportResponse>>> ListFailedAsync(string? cursor, int? limit, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListExportsQuery(cursor, limit ?? ListExportsQuery.DefaultLimit, FailedOnly: true), cancellationToken));

    public static async Task<Accepted<ExportResponse>> RetryAsync(Guid exportId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Accepted($"/api/resumes/exports/{exportId}", await sender.Send(new RetryExportCommand(exportId), cancellationToken));

    public static async Task<Ok<ExportResponse>> GetAsync(Guid exportId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetExportQuery(exportId), cancellationToken));

    /// <summary>The first event is read here, so an unknown or foreign export is a 404 problem before the stream starts.</summary>
    public static async Task<IResult> WatchAsync(
        Guid exportId, ISender sender, IOptions<ExportEventsOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lifetime.CancelAfter(options.Value.MaxStreamLifetime);
        var events = sender.CreateStream(new WatchExportQuery(exportId), lifetime.Token).GetAsyncEnumerator(lifetime.Token);
        try
        {
            if (!await events.MoveNextAsync())
            {
                throw new NotFoundException("Export", exportId);
            }
        }
        catch
        {
            await events.DisposeAsync();
            lifetime.Dispose();
            throw;
        }

        return new ExportEventStream(events.Current, events, lifetime, options.Value.HeartbeatInterval, clock);
    }

    public static async Task<Results<FileStreamHttpResult, RedirectHttpResult>> DownloadAsync(Guid exportId, ISender sender, CancellationToken cancellationToken)
    {
        var download = await sender.Send(new DownloadExportQuery(exportId), cancellationToken);
        return download.File.RedirectUrl is { } url
            ? TypedResults.Redirect(url.AbsoluteUri)
            : TypedResults.File(download.File.Content!, download.ContentType, download.FileName);
    }

    // The file result answers If-None-Match (304); Cache-Control stays no-store (decision 19).
    public static async Task<FileContentHttpResult> PreviewAsync(Guid exportId, ISender sender, CancellationToken cancellationToken)
    {
        var preview = await sender.Send(new GetExportPreviewQuery(exportId), cancellationToken);
        return TypedResults.File(preview.Content, "image/png", entityTag: EntityTagHeaderValue.Parse(preview.ETag));
    }
}
