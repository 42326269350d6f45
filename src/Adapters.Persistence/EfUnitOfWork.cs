using Microsoft.EntityFrameworkCore;
using Npgsql;
using ResumeExport.Adapters.Persistence.Outbox;
using ResumeExport.Application.Common.DomainEvents;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Common;

namespace ResumeExport.Adapters.Persistence;

/// <summary>
/// One <c>SaveChanges</c>, one transaction: rows, outbox messages and domain-event follow-ups commit together
/// (decision 25). Unique-index violations become 409s, not 500s.
/// </summary>
public sealed class EfUnitOfWork(AppDbContext db, OutboxSignal outboxSignal, DomainEventDispatcher domainEvents) : IUnitOfWork
{
    private bool messagesAwaitCommit;

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        if (!HasDomainEvents())
        {
            await SaveTrackedChangesAsync(cancellationToken);
            return;
        }

        // The handlers' reads and writes (some straight SQL) must see and join this save's transaction.
        await InTransactionAsync(async ct =>
        {
            await domainEvents.DispatchAsync(TrackedAggregates, ct);
            await SaveTrackedChangesAsync(ct);
            return true;
        }, cancellationToken);
    }

    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        T result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            result = await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        WakeRelayIfMessagesCommitted();
        return result;
    }

    private async Task SaveTrackedChangesAsync(CancellationToken cancellationToken)
    {
        var queuedMessages = db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ConflictCodes.StaleVersion, "Someone else changed this resource first. Reload it and try again.");
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            throw new ConflictException(UniqueConstraints.CodeFor(unique.ConstraintName), UniqueConstraints.MessageFor(unique.ConstraintName));
        }

        if (queuedMessages)
        {
            messagesAwaitCommit = true;
        }

        if (db.Database.CurrentTransaction is null)
        {
            WakeRelayIfMessagesCommitted();
        }
    }

    private bool HasDomainEvents() => TrackedAggregates().Any(a => a.DomainEvents.Count > 0);

    private IEnumerable<AggregateRoot> TrackedAggregates() => db.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity);

    // Committed: wake the relay now rather than at its next poll.
    private void WakeRelayIfMessagesCommitted()
    {
        if (messagesAwaitCommit)
        {
            messagesAwaitCommit = false;
            outboxSignal.Notify();
        }
    }
}
