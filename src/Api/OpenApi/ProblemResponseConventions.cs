namespace ResumeExport.Api.OpenApi;

/// <summary>
/// Declares the 409 codes and plan limits an endpoint's use case can answer; statuses common to every endpoint are
/// read from metadata by <see cref="ProblemResponsesTransformer"/>.
/// </summary>
public static class ProblemResponseConventions
{
    /// <summary>409s with one of <paramref name="codes"/> (<see cref="ResumeExport.Application.Common.Exceptions.ConflictCodes"/>).</summary>
    public static RouteHandlerBuilder ProducesConflict(this RouteHandlerBuilder builder, params string[] codes) =>
        builder.ProducesProblem(StatusCodes.Status409Conflict).WithMetadata(new ConflictCodesMetadata(codes));

    /// <summary>403 <c>plan-limit-exceeded</c> naming one of <paramref name="limitNames"/>.</summary>
    public static RouteHandlerBuilder ProducesPlanLimit(this RouteHandlerBuilder builder, params string[] limitNames) =>
        builder.ProducesProblem(StatusCodes.Status403Forbidden).WithMetadata(new PlanLimitsMetadata(limitNames));

    /// <summary>403 <c>forbidden</c> when the re-entered password is wrong (the caller is signed in, so not a 401).</summary>
    public static RouteHandlerBuilder ProducesWrongPassword(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status403Forbidden).WithMetadata(new PasswordConfirmationMetadata());
}
