using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class CountingUnitOfWork : IUnitOfWork
{
    public int SaveCount { get; private set; }

    /// <summary>Saves made while a transaction opened by <see cref="InTransactionAsync"/> was running.</summary>
    public int SavesInTransaction { get; private set; }

    public int TransactionCount { get; private set; }

    public bool IsInTransaction { get; private set; }

    /// <summary>Set: saves inside a transaction throw it, as a failing commit or follow-up would.</summary>
    public Exception? FailSavesInTransaction { get; set; }

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        SaveCount++;
        if (IsInTransaction)
        {
            SavesInTransaction++;
            if (FailSavesInTransaction is not null)
            {
                return Task.FromException(FailSavesInTransaction);
            }
        }

        return Task.CompletedTask;
    }

    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        TransactionCount++;
        var outer = IsInTransaction;
        IsInTransaction = true;
        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            IsInTransaction = outer;
        }
    }
}
