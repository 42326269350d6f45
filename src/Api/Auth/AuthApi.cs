using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Auth.Login;
using ResumeExport.Application.Auth.Register;
using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Api.Auth;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth")
            .WithTags("Auth")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth);

        group.MapPost("/register", RegisterAsync)
            .WithName("Register")
            .WithSummary("Create an account and sign in.")
            .ProducesConflict(ConflictCodes.EmailTaken);
        group.MapPost("/login", LoginAsync)
            .WithName("Login")
            .WithSummary("Sign in with e-mail and password.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    public static async Task<Created<AuthResponse>> RegisterAsync(RegisterCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/users/me", await sender.Send(command, cancellationToken));

    public static async Task<Ok<AuthResponse>> LoginAsync(LoginCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));
}
