namespace ResumeExport.Api.Common;

public static class RateLimitPolicies
{
    /// <summary>Per client IP on register and login: slows down credential stuffing.</summary>
    public const string Auth = "auth";

    /// <summary>Per signed-in user on the requeue endpoints (SPEC rule 6).</summary>
    public const string Requeue = "requeue";

    /// <summary>Per signed-in user: export enqueue (<see cref="BurstLimitOptions.ExportEnqueue"/>).</summary>
    public const string ExportEnqueue = "export-enqueue";

    /// <summary>Per signed-in user: bulk apply (<see cref="BurstLimitOptions.BulkApply"/>).</summary>
    public const string BulkApply = "bulk-apply";

    /// <summary>Per signed-in user: resume writes; reads under the same group are not limited (<see cref="BurstLimitOptions.ResumeWrites"/>).</summary>
    public const string ResumeWrites = "resume-writes";
}
