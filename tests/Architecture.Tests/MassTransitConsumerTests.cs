using MassTransit;
using ResumeExport.Architecture.Tests.Fixtures;

namespace ResumeExport.Architecture.Tests;

public sealed class MassTransitConsumerTests
{
    [Test]
    public void Every_consumer_in_our_assemblies_is_sealed()
    {
        // Runs over every production assembly, so a consumer added to any of them, unsealed, fails this test.
        var offenders = ProjectAssemblies.All.SelectMany(a => SealedImplementations.Unsealed(ProjectAssemblies.TypesOf(a), typeof(IConsumer<>))).ToList();

        Assert.That(offenders, Is.Empty, "Seal these MassTransit consumers:" + Environment.NewLine + ProjectAssemblies.Describe(offenders));
    }

    [Test]
    public void The_consumer_rule_reports_an_unsealed_consumer_and_passes_a_sealed_one()
    {
        var fixtures = new[] { typeof(DeliberatelyUnsealedConsumer), typeof(SealedFixtureConsumer), typeof(FixtureMessage) };

        var offenders = SealedImplementations.Unsealed(fixtures, typeof(IConsumer<>));

        Assert.That(offenders, Is.EqualTo(new[] { typeof(DeliberatelyUnsealedConsumer).FullName }));
    }

    [Test]
    public void The_consumer_rule_finds_consumers_in_an_assembly_that_has_them() =>
        Assert.That(
            SealedImplementations.Implementing(ProjectAssemblies.TypesOf(typeof(MassTransitConsumerTests).Assembly), typeof(IConsumer<>)),
            Is.EquivalentTo(new[] { typeof(DeliberatelyUnsealedConsumer), typeof(SealedFixtureConsumer) }));
}
