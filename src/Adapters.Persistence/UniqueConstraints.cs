using ResumeExport.Application.Common.Exceptions;


namespace ResumeExport.Adapters.Persistence;

/// <summary>Unique indexes whose violation is a client-visible conflict, with its code and message.</summary>
internal static class UniqueConstraints
{
    public const string UserEmail = "ix_users_normalized_email";
    public const string OneDefaultResumePerUser = "ux_resumes_one_default_per_user";
    public const string ExportIdempotencyKey = "ux_exports_user_idempotency_key";

    private static readonly Dictionary<string, (string Code, string Message)> Known = new(StringComparer.Ordinal)
    {
        [UserEmail] = (ConflictCodes.EmailTaken, "An account with this e-mail already exists."),
        [ExportIdempotencyKey] = (ConflictCodes.IdempotencyKeyReused, "This idempotency key was already used."),
        [OneDefaultResumePerUser] = (ConflictCodes.DefaultResumeConflict, "Another request changed the default resume at the same time. Try again."),
    };

    public static string CodeFor(string? constraint) =>
        constraint is not null && Known.TryGetValue(constraint, out var known) ? known.Code : "duplicate";

    public static string MessageFor(string? constraint) =>
        constraint is not null && Known.TryGetValue(constraint, out var known) ? known.Message : "The resource already exists.";
}
