using MassTransit;

namespace ResumeExport.Architecture.Tests.Fixtures;

/// <summary>Breaks the consumer rule on purpose, so a test can prove the rule catches it. Never registered anywhere.</summary>
public class DeliberatelyUnsealedConsumer : IConsumer<FixtureMessage>
{
    public Task Consume(ConsumeContext<FixtureMessage> context) => Task.CompletedTask;
}
