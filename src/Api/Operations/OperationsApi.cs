using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeExport.Api.Authentication;
using ResumeExport.Application.Operations.GetExportOpsMetrics;

namespace ResumeExport.Api.Operations;

public static class OperationsApi
{
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/metrics/export-ops", GetExportOpsAsync)
            .WithTags("Metrics")
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithName("GetExportOpsMetrics")
            .WithSummary("Exports by status, queue depths and consumers, dead letters, e-mail counters by reason and the last failure alert (admin).");
        return app;
    }

    public static async Task<Ok<ExportOpsMetricsResponse>> GetExportOpsAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetExportOpsMetricsQuery(), cancellationToken));
}
