using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeExport.Application.Plans;
using ResumeExport.Application.Users;
using ResumeExport.Application.Users.GetCurrentUser;
using ResumeExport.Application.Users.GetPlanUsage;

namespace ResumeExport.Api.Users;

public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        // 404: the token outlived the account.
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization();

        group.MapGet("/me", GetMeAsync).WithName("GetCurrentUser").WithSummary("The signed-in user.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/me/plan-usage", GetPlanUsageAsync)
            .WithName("GetPlanUsage")
            .WithSummary("The caller's plan, its limits, today's usage, what remains and when the daily limits reset (next UTC midnight).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<PlanUsageResponse>> GetPlanUsageAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPlanUsageQuery(), cancellationToken));

    public static async Task<Ok<UserResponse>> GetMeAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), cancellationToken));
}
