using ResumeExport.Application.Common.Ports.Persistence;


namespace ResumeExport.Application.Plans;

/// <summary>
/// Takes a <see cref="PlanSnapshot"/>: locks the user's row (<c>FOR UPDATE</c>, until the transaction ends), then reads
/// the plan's limits and today's usage. Call it inside a transaction; "check, then write" is then atomic per user, so
/// two concurrent requests at a limit cannot both pass.
/// </summary>
public sealed class PlanSnapshotReader(IUserRepository users, IPlanCatalog plans, IPlanUsageReader usage)
{
    /// <returns>The snapshot, or null when the user no longer exists.</returns>
    public async Task<PlanSnapshot?> LockAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = await users.LockAsync(userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var limit = (await plans.GetAsync(user.PlanCode, cancellationToken)).Limit;
        return new PlanSnapshot(user, limit, await usage.GetAsync(userId, now, cancellationToken));
    }
}
