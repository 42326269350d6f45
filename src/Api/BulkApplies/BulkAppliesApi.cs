using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.BulkApplies.Common;
using ResumeExport.Application.BulkApplies.CreateBulkApply;
using ResumeExport.Application.BulkApplies.GetBulkApply;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Api.BulkApplies;

public static class BulkAppliesApi
{
    public static IEndpointRouteBuilder MapBulkAppliesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/applications")
            .WithTags("Applications")
            .RequireAuthorization();

        group.MapPost("/bulk", CreateBulkAsync)
            .WithName("CreateBulkApply")
            .RequireRateLimiting(RateLimitPolicies.BulkApply)
            .WithSummary("Send the resume to several job openings, one e-mail per application (202), attached in `format` (pdf by default; docx, markdown or text as the plan's exportFormats allow). Limited per day and in recipients by the plan. 503 with Retry-After and code render_queue_full when the file must be rendered and too many exports wait to be rendered.")
            .ProducesPlanLimit(PlanLimitNames.ExportFormats, PlanLimitNames.MaxBulkApplyRecipients, PlanLimitNames.DailyBulkApplies)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/bulk/{id}", GetBulkAsync)
            .WithName("GetBulkApply")
            .WithSummary("A bulk apply with each application's status (queued, sent, failed).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Accepted<BulkApplyResponse>> CreateBulkAsync(CreateBulkApplyCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var bulkApply = await sender.Send(command, cancellationToken);
        return TypedResults.Accepted($"/api/applications/bulk/{bulkApply.Id}", bulkApply);
    }

    public static async Task<Ok<BulkApplyResponse>> GetBulkAsync(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetBulkApplyQuery(id), cancellationToken));
}
