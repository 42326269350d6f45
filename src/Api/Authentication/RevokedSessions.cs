using System.Collections.Frozen;

namespace ResumeExport.Api.Authentication;

/// <summary>
/// This replica's copy of the sessions revoked within the access-token lifetime, replaced whole by
/// <see cref="RevokedSessionsRefresher"/>; read on every authenticated request, so a lookup is a frozen-set probe.
/// </summary>
internal sealed class RevokedSessions
{
    private volatile FrozenSet<Guid> revoked = FrozenSet<Guid>.Empty;

    /// <summary>When the set was last read from the database; null until the first read succeeds.</summary>
    public DateTimeOffset? RefreshedAt { get; private set; }

    public int Count => revoked.Count;

    public bool IsRevoked(Guid sessionId) => revoked.Contains(sessionId);

    public void Replace(IEnumerable<Guid> sessionIds, DateTimeOffset readAt)
    {
        revoked = sessionIds.ToFrozenSet();
        RefreshedAt = readAt;
    }
}
