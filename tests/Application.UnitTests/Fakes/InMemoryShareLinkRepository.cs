using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Share links in a list; the counts the SQL one adds in the database are kept beside them.</summary>
internal sealed class InMemoryShareLinkRepository : IShareLinkRepository
{
    public List<ShareLink> Links { get; } = [];

    public Dictionary<Guid, int> Views { get; } = [];

    public Dictionary<Guid, int> Downloads { get; } = [];

    public Task<IReadOnlyList<ShareLink>> ListOwnedAsync(Guid resumeId, Guid userId, CancellationToken cancellationToken)
    {
        IReadOnlyList<ShareLink> owned = [.. Links.Where(l => l.ResumeId == resumeId && l.UserId == userId).OrderByDescending(l => l.CreatedAt)];
        return Task.FromResult(owned);
    }

    public Task<ShareLink?> FindOwnedAsync(Guid linkId, Guid resumeId, Guid userId, CancellationToken cancellationToken) =>
        Task.FromResult(Links.SingleOrDefault(l => l.Id == linkId && l.ResumeId == resumeId && l.UserId == userId));

    public Task<ShareLink?> FindByTokenHashAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(Links.SingleOrDefault(l => l.TokenHash.AsSpan().SequenceEqual(tokenHash)));

    public Task CountViewAsync(Guid linkId, CancellationToken cancellationToken)
    {
        Views[linkId] = Views.GetValueOrDefault(linkId) + 1;
        return Task.CompletedTask;
    }

    public Task CountDownloadAsync(Guid linkId, CancellationToken cancellationToken)
    {
        Downloads[linkId] = Downloads.GetValueOrDefault(linkId) + 1;
        return Task.CompletedTask;
    }

    public void Add(ShareLink link) => Links.Add(link);
}
