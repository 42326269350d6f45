using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Application.Auth.Login;
using ResumeExport.Application.Auth.Logout;
using ResumeExport.Application.Auth.Refresh;
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
            .WithSummary("Sign in with e-mail and password; attempts are limited per client address and per account (429 with `Retry-After`).")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/refresh", RefreshAsync)
            .WithName("RefreshSession")
            .WithSummary("Trade a refresh token for a new access token and a new refresh token; the old one is spent. A spent token presented again ends its whole session (401).")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/logout", LogoutAsync)
            .WithName("Logout")
            .WithSummary("End the session the refresh token belongs to.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    public static async Task<Created<AuthResponse>> RegisterAsync(RegisterCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/users/me", await sender.Send(command, cancellationToken));

    public static async Task<Ok<AuthResponse>> RefreshAsync(RefreshSessionCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    public static async Task<NoContent> LogoutAsync(LogoutCommand command, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<AuthResponse>, ProblemHttpResult>> LoginAsync(
        LoginCommand command, ISender sender, SharedLimitGate limits, IOptions<ApiOptions> api, HttpContext http, CancellationToken cancellationToken)
    {
        // The per-account limit, from the shared counters (decision 32), for known and unknown e-mails alike, before the
        // handler runs; the per-IP limit has already been taken by the middleware.
        var refusal = await limits.RefusalAsync(http, RateLimitPolicies.LoginAccount, LoginAccountLimit.For(command.Email, api.Value), cancellationToken);
        return refusal is null ? TypedResults.Ok(await sender.Send(command, cancellationToken)) : refusal;
    }
}
