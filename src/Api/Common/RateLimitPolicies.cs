namespace ResumeExport.Api.Common;

public static class RateLimitPolicies
{
    /// <summary>Per client IP on register and login: slows down credential stuffing.</summary>
    public const string Auth = "auth";

    /// <summary>Per signed-in user on the requeue endpoints (SPEC rule 6).</summary>
    public const string Requeue = "requeue";
}
