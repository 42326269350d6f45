using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Emails;
using ResumeExport.Application.Emails.ListFailedEmails;
using ResumeExport.Application.Emails.RetryEmailJob;

namespace ResumeExport.Api.Emails;

/// <summary>Routes stay under exports, where clients look (docs/api.md#failed-items-and-requeue).</summary>
public static class EmailsApi
{
    public static IEndpointRouteBuilder MapEmailsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/resumes/exports/failed-emails")
            .WithTags("Exports")
            .RequireAuthorization();

        group.MapGet(string.Empty, ListFailedAsync).WithName("ListFailedEmails")
            .WithSummary("Failed e-mails (free-tier deliveries and bulk applications): the caller's own, or everyone's for admins.");
        group.MapPost("/{jobId}/retry", RetryAsync).WithName("RetryFailedEmail")
            .WithSummary("Requeue a failed e-mail: owner or admin, only from failed, capped per e-mail, rate limited per user.")
            .RequireRateLimiting(RateLimitPolicies.Requeue)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.EmailNotFailed, ConflictCodes.NotRetryable, ConflictCodes.RetryCapReached);
        return app;
    }

    public static async Task<Ok<Page<EmailJobResponse>>> ListFailedAsync(string? cursor, int? limit, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListFailedEmailsQuery(cursor, limit ?? ListFailedEmailsQuery.DefaultLimit), cancellationToken));

    public static async Task<Accepted<EmailJobResponse>> RetryAsync(Guid jobId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, await sender.Send(new RetryEmailJobCommand(jobId), cancellationToken));
}
