using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Common.Redelivery;

namespace ResumeExport.Application.Redeliveries.DispatchDueRedeliveries;

/// <summary>Moves every redelivery that is due into the outbox (decision 36); the scheduled job sends it.</summary>
public sealed record DispatchDueRedeliveriesCommand : ICommand<int>;

/// <remarks>Safe on every replica at once: the queue claims rows with <c>FOR UPDATE SKIP LOCKED</c> and deletes what it moves.</remarks>
public sealed class DispatchDueRedeliveriesCommandHandler(IRedeliveryQueue queue, IOptions<RedeliveryOptions> options, TimeProvider clock)
    : ICommandHandler<DispatchDueRedeliveriesCommand, int>
{
    public async ValueTask<int> Handle(DispatchDueRedeliveriesCommand command, CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        var moved = 0;
        int batch;
        do
        {
            batch = await queue.DispatchDueAsync(clock.GetUtcNow(), batchSize, cancellationToken);
            moved += batch;
        }
        while (batch == batchSize);

        return moved;
    }
}
