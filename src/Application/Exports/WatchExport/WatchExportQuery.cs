using System.Runtime.CompilerServices;
using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.WatchExport;

/// <summary>
/// The caller's export now, then once per status change, ending after a terminal status (completed, failed, expired).
/// The first item is read before anything else happens, so an unknown or foreign export fails before a stream starts.
/// </summary>
public sealed record WatchExportQuery(Guid Id) : IStreamQuery<ExportResponse>;

public sealed class WatchExportQueryHandler(ICurrentUser currentUser, IExportRepository exports, IExportStatusFeed feed)
    : IStreamQueryHandler<WatchExportQuery, ExportResponse>
{
    public async IAsyncEnumerable<ExportResponse> Handle(WatchExportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;

        // Subscribed before the first read: a change committed between the read and the wait still wakes us.
        using var subscription = feed.Subscribe(query.Id);
        var export = await exports.FindOwnedReadOnlyAsync(query.Id, userId, cancellationToken)
            ?? throw new NotFoundException("Export", query.Id);
        yield return ExportResponse.From(export);

        var last = export.Status;
        while (!IsTerminal(last))
        {
            // No database work while waiting: one read per signal, not per second.
            await subscription.WaitForChangeAsync(cancellationToken);
            export = await exports.FindOwnedReadOnlyAsync(query.Id, userId, cancellationToken);
            if (export is null)
            {
                // Erased with its owner's account while watched: nothing more will happen to it.
                yield break;
            }

            if (export.Status != last)
            {
                last = export.Status;
                yield return ExportResponse.From(export);
            }
        }
    }

    /// <summary>
    /// A status no worker moves on from by itself. A failed export can be requeued (back to queued, same id), but only by
    /// a user's request: a client that requeues opens a new stream.
    /// </summary>
    public static bool IsTerminal(ExportStatus status) => status is ExportStatus.Completed or ExportStatus.Failed or ExportStatus.Expired;
}
