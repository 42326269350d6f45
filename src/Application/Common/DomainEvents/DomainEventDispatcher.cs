using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Domain.Common;

namespace ResumeExport.Application.Common.DomainEvents;

/// <summary>
/// Runs event handlers round after round, since handlers may raise events; the unit of work calls it before saving
/// (decision 25).
/// </summary>
public sealed class DomainEventDispatcher(IServiceProvider services)
{
    /// <summary>More than any follow-up chain needs; past it, handlers loop on each other's events.</summary>
    public const int MaxRounds = 8;

    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, Task>> Dispatchers = new();

    private static readonly MethodInfo DispatchToHandlersMethod =
        typeof(DomainEventDispatcher).GetMethod(nameof(DispatchToHandlersAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <param name="aggregates">Asked again every round, since handlers may add some.</param>
    public async Task DispatchAsync(Func<IEnumerable<AggregateRoot>> aggregates, CancellationToken cancellationToken)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var pending = TakeEvents(aggregates());
            if (pending.Count == 0)
            {
                return;
            }

            foreach (var domainEvent in pending)
            {
                var dispatch = Dispatchers.GetOrAdd(domainEvent.GetType(), CreateDispatcher);
                await dispatch(services, domainEvent, cancellationToken);
            }
        }

        var unhandled = TakeEvents(aggregates());
        if (unhandled.Count > 0)
        {
            throw new InvalidOperationException(
                $"Domain events were still being raised after {MaxRounds} rounds ({string.Join(", ", unhandled.Select(e => e.GetType().Name).Distinct())}): two handlers keep raising each other's events.");
        }
    }

    private static List<IDomainEvent> TakeEvents(IEnumerable<AggregateRoot> aggregates)
    {
        var events = new List<IDomainEvent>();
        foreach (var aggregate in aggregates.ToList())
        {
            events.AddRange(aggregate.DomainEvents);
            aggregate.ClearDomainEvents();
        }

        return events;
    }

    private static Func<IServiceProvider, IDomainEvent, CancellationToken, Task> CreateDispatcher(Type eventType) =>
        DispatchToHandlersMethod.MakeGenericMethod(eventType).CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, Task>>();

    private static async Task DispatchToHandlersAsync<TEvent>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)domainEvent, cancellationToken);
        }
    }
}
