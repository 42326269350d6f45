using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.Common.Ports.Persistence;

public interface IShareLinkRepository
{
    /// <summary>The user's links to one resume, newest first, read-only.</summary>
    Task<IReadOnlyList<ShareLink>> ListOwnedAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The user's link, tracked; null when missing, someone else's or of another resume.</summary>
    Task<ShareLink?> FindOwnedAsync(Guid linkId, Guid resumeId, Guid userId, CancellationToken cancellationToken);

    /// <summary>The link whose token hashes to <paramref name="tokenHash"/> (SHA-256), read-only; null when none.</summary>
    Task<ShareLink?> FindByTokenHashAsync(byte[] tokenHash, CancellationToken cancellationToken);

    /// <summary>Adds one to the view count at once, in the database (concurrent views never lose a count).</summary>
    Task CountViewAsync(Guid linkId, CancellationToken cancellationToken);

    /// <summary>Adds one to the download count at once, in the database.</summary>
    Task CountDownloadAsync(Guid linkId, CancellationToken cancellationToken);

    void Add(ShareLink link);
}
