namespace ResumeExport.Api.OpenApi;

/// <summary>
/// How an endpoint declares the refusals of its own use case, beyond <c>ProducesProblem(404)</c> and <c>(412)</c>: which
/// conflict codes and which plan limits it can answer with. The document lists them per operation, one example each
/// (<see cref="ProblemResponsesTransformer"/>); what every endpoint alike can answer (400, 401, 403 admin, 413, 415,
/// 429) is read from its metadata there and not declared here.
/// </summary>
public static class ProblemResponseConventions
{
    /// <summary>409 problems with one of <paramref name="codes"/> (<see cref="ResumeExport.Application.Common.Exceptions.ConflictCodes"/>) in <c>code</c>.</summary>
    public static RouteHandlerBuilder ProducesConflict(this RouteHandlerBuilder builder, params string[] codes) =>
        builder.ProducesProblem(StatusCodes.Status409Conflict).WithMetadata(new ConflictCodesMetadata(codes));

    /// <summary>403 <c>plan-limit-exceeded</c> problems naming one of <paramref name="limitNames"/> (<c>PlanLimitNames</c>).</summary>
    public static RouteHandlerBuilder ProducesPlanLimit(this RouteHandlerBuilder builder, params string[] limitNames) =>
        builder.ProducesProblem(StatusCodes.Status403Forbidden).WithMetadata(new PlanLimitsMetadata(limitNames));

    /// <summary>403 <c>forbidden</c> when the re-entered password is wrong (the caller is signed in, so not a 401).</summary>
    public static RouteHandlerBuilder ProducesWrongPassword(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status403Forbidden).WithMetadata(new PasswordConfirmationMetadata());
}
