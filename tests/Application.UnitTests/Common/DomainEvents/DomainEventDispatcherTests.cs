using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Common.DomainEvents;
using ResumeExport.Domain.Common;

namespace ResumeExport.Application.UnitTests.Common.DomainEvents;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class DomainEventDispatcherTests
{
    private readonly List<Counter> aggregates = [];
    private readonly List<string> handled = [];

    [Test]
    public async Task Each_event_reaches_every_handler_of_its_type_in_registration_order_and_no_other()
    {
        var counter = Track(new Counter());
        counter.Tick(1);
        counter.Reset();

        await Dispatcher(services => services
                .AddSingleton<IDomainEventHandler<Ticked>>(new RecordingHandler<Ticked>(handled, "first"))
                .AddSingleton<IDomainEventHandler<Ticked>>(new RecordingHandler<Ticked>(handled, "second")))
            .DispatchAsync(() => aggregates, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(handled, Is.EqualTo(new[] { "first Ticked", "second Ticked" }), "Reset has no handler: it is dropped quietly");
            Assert.That(counter.DomainEvents, Is.Empty, "handed over, so a second save does not handle them again");
        });
    }

    [Test]
    public async Task Events_raised_by_handlers_are_dispatched_in_the_next_round()
    {
        var counter = Track(new Counter());
        counter.Tick(3);

        await Dispatcher(services => services.AddSingleton<IDomainEventHandler<Ticked>>(new TickAgain(handled, counter, until: 0)))
            .DispatchAsync(() => aggregates, CancellationToken.None);

        Assert.That(handled, Is.EqualTo(new[] { "3", "2", "1", "0" }));
    }

    [Test]
    public async Task A_chain_as_long_as_the_rounds_allow_completes()
    {
        var counter = Track(new Counter());
        counter.Tick(DomainEventDispatcher.MaxRounds);

        await Dispatcher(services => services.AddSingleton<IDomainEventHandler<Ticked>>(new TickAgain(handled, counter, until: 1)))
            .DispatchAsync(() => aggregates, CancellationToken.None);

        Assert.That(handled, Has.Count.EqualTo(DomainEventDispatcher.MaxRounds));
    }

    [Test]
    public void Handlers_that_keep_raising_events_are_stopped_after_the_last_round()
    {
        var counter = Track(new Counter());
        counter.Tick(1000);
        var dispatcher = Dispatcher(services => services.AddSingleton<IDomainEventHandler<Ticked>>(new TickAgain(handled, counter, until: 0)));

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(() => dispatcher.DispatchAsync(() => aggregates, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Message, Does.Contain($"{DomainEventDispatcher.MaxRounds} rounds").And.Contain(nameof(Ticked)));
            Assert.That(handled, Has.Count.EqualTo(DomainEventDispatcher.MaxRounds));
        });
    }

    [Test]
    public void A_handler_that_throws_stops_the_dispatch_so_the_save_does_not_go_ahead()
    {
        Track(new Counter()).Tick(1);
        var dispatcher = Dispatcher(services => services
            .AddSingleton<IDomainEventHandler<Ticked>>(new ThrowingHandler())
            .AddSingleton<IDomainEventHandler<Ticked>>(new RecordingHandler<Ticked>(handled, "after")));

        Assert.ThrowsAsync<InvalidOperationException>(() => dispatcher.DispatchAsync(() => aggregates, CancellationToken.None));
        Assert.That(handled, Is.Empty);
    }

    [Test]
    public async Task Aggregates_a_handler_starts_tracking_are_asked_for_their_events_too()
    {
        Track(new Counter()).Tick(1);
        var spawner = new SpawnCounter(aggregates);

        await Dispatcher(services => services
                .AddSingleton<IDomainEventHandler<Ticked>>(spawner)
                .AddSingleton<IDomainEventHandler<Reset>>(new RecordingHandler<Reset>(handled, "spawned")))
            .DispatchAsync(() => aggregates, CancellationToken.None);

        Assert.That(handled, Is.EqualTo(new[] { "spawned Reset" }));
    }

    private static DomainEventDispatcher Dispatcher(Action<IServiceCollection> handlers)
    {
        var services = new ServiceCollection();
        handlers(services);
        return new DomainEventDispatcher(services.BuildServiceProvider());
    }

    private Counter Track(Counter counter)
    {
        aggregates.Add(counter);
        return counter;
    }

    private sealed record Ticked(int Remaining) : IDomainEvent;

    private sealed record Reset : IDomainEvent;

    private sealed class Counter : AggregateRoot
    {
        public void Tick(int remaining) => RaiseDomainEvent(new Ticked(remaining));

        public void Reset() => RaiseDomainEvent(new Reset());
    }

    private sealed class RecordingHandler<TEvent>(List<string> handled, string name) : IDomainEventHandler<TEvent>
        where TEvent : IDomainEvent
    {
        public Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken)
        {
            handled.Add($"{name} {typeof(TEvent).Name}");
            return Task.CompletedTask;
        }
    }

    /// <summary>Ticks the counter down: every handled event raises the next one, down to <c>until</c>.</summary>
    private sealed class TickAgain(List<string> handled, Counter counter, int until) : IDomainEventHandler<Ticked>
    {
        public Task HandleAsync(Ticked domainEvent, CancellationToken cancellationToken)
        {
            handled.Add(domainEvent.Remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (domainEvent.Remaining > until)
            {
                counter.Tick(domainEvent.Remaining - 1);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingHandler : IDomainEventHandler<Ticked>
    {
        public Task HandleAsync(Ticked domainEvent, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A follow-up failed.");
    }

    private sealed class SpawnCounter(List<Counter> aggregates) : IDomainEventHandler<Ticked>
    {
        public Task HandleAsync(Ticked domainEvent, CancellationToken cancellationToken)
        {
            var spawned = new Counter();
            spawned.Reset();
            aggregates.Add(spawned);
            return Task.CompletedTask;
        }
    }
}
