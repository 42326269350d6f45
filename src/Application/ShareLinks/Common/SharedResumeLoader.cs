using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.ShareLinks.Common;

/// <summary>
/// What a share link shows: its pinned <see cref="ResumeVersion"/>, or the resume as it is now, behind the checks every
/// public read of a link makes (open, and for a protected link the pass its password earned).
/// </summary>
public sealed class SharedResumeLoader(SharedLinkFinder finder, IResumeRepository resumes, IResumeVersionRepository versions, TimeProvider clock)
{
    /// <returns>
    /// The link (null when the token is no link's), the resume it shows (null unless the outcome is
    /// <see cref="SharedLinkOutcome.Open"/>) and the outcome: not found, gone, password required or open.
    /// </returns>
    public async Task<(ShareLink? Link, Resume? Resume, SharedLinkOutcome Outcome)> OpenAsync(
        string token, string? accessPass, CancellationToken cancellationToken)
    {
        var (link, outcome) = await finder.FindAsync(token, cancellationToken);
        if (link is null || outcome != SharedLinkOutcome.Open)
        {
            return (link, null, outcome);
        }

        if (!ShareLinkAccessPass.Opens(link, accessPass, clock.GetUtcNow()))
        {
            return (link, null, SharedLinkOutcome.PasswordRequired);
        }

        return await LoadAsync(link, cancellationToken) is { } resume
            ? (link, resume, SharedLinkOutcome.Open)
            : (link, null, SharedLinkOutcome.NotFound);
    }

    /// <returns>
    /// The resume as of the link's version (<see cref="Resume.LatestVersion"/> is the number shown), read-only; null when
    /// the resume is gone, is no longer the link owner's, or the pinned version is missing (pruning keeps it while
    /// the link opens, so only a hand-made gap).
    /// </returns>
    private async Task<Resume?> LoadAsync(ShareLink link, CancellationToken cancellationToken)
    {
        var resume = await resumes.FindAsync(link.ResumeId, cancellationToken);
        if (resume is null || resume.UserId != link.UserId)
        {
            return null;
        }

        if (link.Version is not { } pinned || pinned == resume.LatestVersion)
        {
            return resume;
        }

        return await versions.GetAsync(resume.Id, pinned, cancellationToken) is { } version ? resume.AsOf(version) : null;
    }
}
