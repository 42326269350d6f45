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
    /// Share-link password attempts (<c>POST /s/{token}</c>), per client IP and per link at once
    /// (<see cref="SharePasswordLimiterPolicy"/>: one named policy holding both windows).
    /// </summary>
    public const string SharePassword = "share-password";

    /// <summary>What a 429 of <paramref name="policy"/> says was limited.</summary>
    public static string WhatWasLimited(string? policy) => policy switch
    {
        ExportEnqueue => "Too many export requests in a short time.",
        BulkApply => "Too many bulk applies in a short time.",
        ResumeWrites => "Too many changes to resumes in a short time.",
        Requeue => "Too many requeue requests in a short time.",
        Auth => "Too many sign-in attempts from this address.",
        SharePassword => "Too many password attempts for this link.",
        _ => "Too many requests.",
    };
}
