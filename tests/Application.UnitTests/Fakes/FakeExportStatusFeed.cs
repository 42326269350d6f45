using System.Threading.Channels;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>An in-memory status feed: tests signal an export as the database listener would on a committed change.</summary>
internal sealed class FakeExportStatusFeed : IExportStatusFeed
{
    private readonly List<(Guid ExportId, Channel<bool> Signals)> subscriptions = [];

    public int LiveSubscriptions => subscriptions.Count;

    public IExportStatusSubscription Subscribe(Guid exportId)
    {
        var entry = (exportId, Channel.CreateUnbounded<bool>());
        subscriptions.Add(entry);
        return new Subscription(entry.Item2, () => subscriptions.Remove(entry));
    }

    public void Signal(Guid exportId)
    {
        foreach (var (id, signals) in subscriptions.Where(s => s.ExportId == exportId))
        {
            signals.Writer.TryWrite(true);
        }
    }

    private sealed class Subscription(Channel<bool> signals, Action remove) : IExportStatusSubscription
    {
        public async Task WaitForChangeAsync(CancellationToken cancellationToken) => await signals.Reader.ReadAsync(cancellationToken);

        public void Dispose() => remove();
    }
}
