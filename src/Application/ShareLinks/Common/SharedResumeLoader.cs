using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.ShareLinks.Common;

/// <summary>What a share link shows: its pinned <see cref="ResumeVersion"/>, or the resume as it is now.</summary>
public sealed class SharedResumeLoader(IResumeRepository resumes, IResumeVersionRepository versions)
{
    /// <returns>
    /// The resume as of the link's version (<see cref="Resume.LatestVersion"/> is the number shown), read-only; null when
    /// the resume is gone, is no longer the link owner's, or the pinned version is missing (pruning keeps it while
    /// the link opens, so only a hand-made gap).
    /// </returns>
    public async Task<Resume?> LoadAsync(ShareLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
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
