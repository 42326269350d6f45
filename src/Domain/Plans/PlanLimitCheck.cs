namespace ResumeExport.Domain.Plans;

/// <summary>Allowed, or which limit would be exceeded, with its value and the usage.</summary>
public sealed record PlanLimitCheck(bool Allowed, string LimitName, long Limit, long Usage)
{
    public static PlanLimitCheck Ok(string limitName, long limit, long usage) => new(true, limitName, limit, usage);

    public static PlanLimitCheck Exceeded(string limitName, long limit, long usage) => new(false, limitName, limit, usage);

    public static PlanLimitCheck Within(string limitName, long limit, long usageAfter, long usageNow) =>
        usageAfter <= limit ? Ok(limitName, limit, usageNow) : Exceeded(limitName, limit, usageNow);

    /// <summary>Throws <see cref="PlanLimitExceededException"/> when not allowed.</summary>
    public void ThrowIfExceeded()
    {
        if (!Allowed)
        {
            throw new PlanLimitExceededException(this);
        }
    }
}
