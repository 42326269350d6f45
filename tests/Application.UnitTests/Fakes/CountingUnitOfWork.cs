using ResumeExport.Application.Common.Ports;

namespace ResumeExport.Application.UnitTests.Fakes;

internal sealed class CountingUnitOfWork : IUnitOfWork
{
    public int SaveCount { get; private set; }

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        SaveCount++;
        return Task.CompletedTask;
    }

    public int TransactionCount { get; private set; }

    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        TransactionCount++;
        return work(cancellationToken);
    }
}
