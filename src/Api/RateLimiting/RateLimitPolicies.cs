namespace ResumeExport.Api.RateLimiting;

public static class RateLimitPolicies
{
    /// <summary>Per client IP on register and login: slows down credential stuffing.</summary>
    public const string Auth = "auth";

    /// <summary>Per signed-in user on the requeue endpoints (docs/api.md#rate-limits).</summary>
    public const string Requeue = "requeue";

    /// <summary>Per signed-in user: export enqueue (<see cref="BurstLimitOptions.ExportEnqueue"/>).</summary>
    public const string ExportEnqueue = "export-enqueue";

    /// <summary>Per signed-in user: bulk apply (<see cref="BurstLimitOptions.BulkApply"/>).</summary>
    public const string BulkApply = "bulk-apply";

    /// <summary>Per user (<see cref="BurstLimitOptions.ResumeWrites"/>).</summary>
    public const string ResumeWrites = "resume-writes";

    /// <summary>
    /// Per account (the normalised e-mail) on login, whatever the IP: taken inside the endpoint through
    /// <see cref="SharedLimitGate"/>, because its key is in the body. A limit keyed by a body field or a route value (such
    /// as share-link password attempts per link and IP) is added the same way: a constant here, a rule, one gate call.
    /// </summary>
    public const string LoginAccount = "login-account";

    /// <summary>What a 429 of <paramref name="policy"/> says was limited.</summary>
    public static string WhatWasLimited(string? policy) => policy switch
    {
        ExportEnqueue => "Too many export requests in a short time.",
        BulkApply => "Too many bulk applies in a short time.",
        ResumeWrites => "Too many changes to resumes in a short time.",
        Requeue => "Too many requeue requests in a short time.",
        Auth => "Too many sign-in attempts from this address.",
        LoginAccount => "Too many sign-in attempts for this account.",
        _ => "Too many requests.",
    };
}
