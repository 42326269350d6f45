using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Domain.Emails;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Adapters.Persistence.Telemetry;

/// <summary>
/// Counts export and e-mail outcomes when their rows commit, whatever code path changed them (decision 6), so a
/// rolled-back attempt never counts.
/// </summary>
internal sealed class LifecycleMetricsInterceptor(ResumeExportMetrics metrics) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    // Per DbContext: transitions in flight, and those saved but awaiting commit.
    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => StateOf(eventData.Context)?.Saving.Clear();

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => StateOf(eventData.Context)?.Saving.Clear();

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesCanceled(eventData);
        return Task.CompletedTask;
    }

    // A new transaction never inherits what an earlier, uncommitted one saved.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        StateOf(eventData.Context)?.AwaitingCommit.Clear();
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        TransactionStarted(connection, eventData, result);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (StateOf(eventData.Context) is { } state)
        {
            Record(state.AwaitingCommit);
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        StateOf(eventData.Context)?.AwaitingCommit.Clear();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var state = pending.GetOrCreateValue(context);
        state.Saving.Clear();
        foreach (var entry in context.ChangeTracker.Entries<Export>())
        {
            if (ExportTransition(entry) is { } transition)
            {
                state.Saving.Add(transition);
            }
        }

        foreach (var entry in context.ChangeTracker.Entries<EmailJob>())
        {
            if (EmailTransition(entry) is { } transition)
            {
                state.Saving.Add(transition);
            }
        }
    }

    private void Saved(DbContext? context)
    {
        if (StateOf(context) is not { } state)
        {
            return;
        }

        if (context!.Database.CurrentTransaction is null)
        {
            Record(state.Saving); // SaveChanges committed its own transaction
        }
        else
        {
            state.AwaitingCommit.AddRange(state.Saving);
            state.Saving.Clear();
        }
    }

    private Action? ExportTransition(EntityEntry<Export> entry)
    {
        var export = entry.Entity;
        if (entry.State == EntityState.Added)
        {
            var requestedFormat = export.Format;
            return () => metrics.ExportRequested(export.Delivery, requestedFormat);
        }

        if (entry.State != EntityState.Modified || !StatusChanged(entry.Property(e => e.Status)))
        {
            return null;
        }

        // Read now: the entity may change again before the commit.
        var delivery = export.Delivery;
        var driver = export.StorageDriver;
        var errorCode = export.ErrorCode;
        var format = export.Format;
        var reused = export.ReusedFromExportId is not null;
        return export.Status switch
        {
            ExportStatus.Completed when reused => () => CompletedWithReusedFile(delivery, driver, format),
            ExportStatus.Completed => () => metrics.ExportCompleted(delivery, driver, format),
            ExportStatus.Failed => () => metrics.ExportFailed(errorCode, format),
            _ => null,
        };
    }

    // A reused export is a completed one too (decision 35).
    private void CompletedWithReusedFile(Domain.Plans.ExportDelivery delivery, string? driver, string format)
    {
        metrics.ExportCompleted(delivery, driver, format);
        metrics.ExportReused(driver, format);
    }

    private Action? EmailTransition(EntityEntry<EmailJob> entry)
    {
        if (entry.State != EntityState.Modified || !StatusChanged(entry.Property(e => e.Status)))
        {
            return null;
        }

        var job = entry.Entity;
        var reason = job.Reason;
        var errorCode = job.LastErrorCode;
        return job.Status switch
        {
            EmailJobStatus.Sent => () => metrics.EmailSent(reason),
            EmailJobStatus.Failed => () => metrics.EmailFailed(reason, errorCode),
            _ => null,
        };
    }

    private static bool StatusChanged<TEntity, TStatus>(PropertyEntry<TEntity, TStatus> status)
        where TEntity : class
        where TStatus : struct, Enum =>
        status.IsModified && !EqualityComparer<TStatus>.Default.Equals(status.OriginalValue, status.CurrentValue);

    private static void Record(List<Action> transitions)
    {
        foreach (var record in transitions)
        {
            record();
        }

        transitions.Clear();
    }

    private Pending? StateOf(DbContext? context) =>
        context is not null && pending.TryGetValue(context, out var state) ? state : null;

    private sealed class Pending
    {
        public List<Action> Saving { get; } = [];

        public List<Action> AwaitingCommit { get; } = [];
    }
}
