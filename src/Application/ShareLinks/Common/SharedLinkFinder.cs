using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.ShareLinks.Common;

/// <summary>A token onto its link and whether it still opens; garbage tokens end here, before any database work.</summary>
public sealed class SharedLinkFinder(IShareLinkRepository shareLinks, TimeProvider clock)
{
    /// <returns>The link (null when the token is no link's) and the outcome so far: not found, gone or open.</returns>
    public async Task<(ShareLink? Link, SharedLinkOutcome Outcome)> FindAsync(string token, CancellationToken cancellationToken)
    {
        // The lookup is by SHA-256, so a database index compares hashes, never the secret itself.
        var link = ShareLinkTokens.IsWellFormed(token)
            ? await shareLinks.FindByTokenHashAsync(ShareLinkTokens.Hash(token), cancellationToken)
            : null;
        return link is null ? (null, SharedLinkOutcome.NotFound)
            : link.StateAt(clock.GetUtcNow()) == ShareLinkState.Active ? (link, SharedLinkOutcome.Open)
            : (link, SharedLinkOutcome.Gone);
    }
}
