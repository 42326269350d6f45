using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.Auth.ChangePassword;
using ResumeExport.Application.Plans;
using ResumeExport.Application.Users;
using ResumeExport.Application.Users.DeleteAccount;
using ResumeExport.Application.Users.ExportPersonalData;
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
        group.MapGet("/me/data", ExportDataAsync)
            .WithName("ExportPersonalData")
            .WithSummary("A ZIP of everything stored about the caller: account, resumes as JSON Resume, export files, applications and e-mails (docs/personal-data.md).")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Limited per IP like sign-in: the password is re-entered, so this is also a place to guess it.
        group.MapDelete("/me", DeleteMeAsync)
            .WithName("DeleteCurrentUser")
            .WithSummary("Delete the caller's account and everything stored about them but the billing records; body `{ \"password\": \"…\" }` (missing 400, wrong 403).")
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .ProducesWrongPassword()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/me/password", ChangePasswordAsync)
            .WithName("ChangePassword")
            .WithSummary("Change the caller's password; body `{ \"currentPassword\": \"…\", \"newPassword\": \"…\" }` (invalid 400, wrong current 403). Signs every session out.")
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .ProducesWrongPassword()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<PlanUsageResponse>> GetPlanUsageAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPlanUsageQuery(), cancellationToken));

    public static async Task<FileContentHttpResult> ExportDataAsync(ISender sender, CancellationToken cancellationToken)
    {
        var archive = await sender.Send(new ExportPersonalDataQuery(), cancellationToken);
        return TypedResults.File(archive.Content, "application/zip", archive.FileName);
    }

    public static async Task<NoContent> DeleteMeAsync([FromBody] DeleteAccountCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> ChangePasswordAsync(ChangePasswordCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<UserResponse>> GetMeAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), cancellationToken));
}
