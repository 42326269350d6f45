using MassTransit;

namespace ResumeExport.Architecture.Tests.Fixtures;

/// <summary>Follows the consumer rule; the rule must not report it.</summary>
public sealed class SealedFixtureConsumer : IConsumer<FixtureMessage>
{
    public Task Consume(ConsumeContext<FixtureMessage> context) => Task.CompletedTask;
}
