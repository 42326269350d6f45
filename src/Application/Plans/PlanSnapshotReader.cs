using ResumeExport.Application.Common.Ports.Persistence;


namespace ResumeExport.Application.Plans;

/// <summary>
/// Locks the user's row (<c>FOR UPDATE</c>) before reading limits and usage, so two concurrent requests at a limit
/// cannot both pass. Call it inside a transaction.
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
