using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeExport.Application.Users;
using ResumeExport.Application.Users.GetCurrentUser;

namespace ResumeExport.Api.Users;

public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapGet("/me", GetMeAsync).WithName("GetCurrentUser").WithSummary("The signed-in user.");
        return app;
    }

    public static async Task<Ok<UserResponse>> GetMeAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), cancellationToken));
}
