using System.Reflection;
using System.Runtime.CompilerServices;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Users;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// Entities (non-record classes) change state only through their methods: no public setter, init accessors included,
/// because object initialisers would let callers bypass the factories' invariants. Value objects are records: immutable,
/// compared by value, and <c>with</c> makes a new value that validators check again, so their init accessors are allowed;
/// a plain public setter on a record would make it mutable and is still refused.
/// </summary>
public sealed class DomainEncapsulationTests
{
    [Test]
    public void No_domain_entity_has_a_public_setter_and_no_domain_record_has_a_mutable_one()
    {
        var offenders = PublicSetters(ProjectAssemblies.TypesOf(ProjectAssemblies.Domain)).ToList();

        Assert.That(offenders, Is.Empty, "Make these setters private (change state through a method):" + Environment.NewLine + ProjectAssemblies.Describe(offenders));
    }

    [Test]
    public void The_setter_rule_sees_the_domain_entities_and_their_private_setters()
    {
        var property = typeof(User).GetProperty(nameof(User.PlanCode))!;

        Assert.Multiple(() =>
        {
            Assert.That(property.SetMethod, Is.Not.Null);
            Assert.That(property.SetMethod!.IsPublic, Is.False);
            Assert.That(IsRecord(typeof(User)), Is.False);
            Assert.That(PublicSetters([typeof(User)]), Is.Empty);
        });
    }

    [Test]
    public void The_setter_rule_reports_a_public_setter_and_an_init_accessor_on_an_entity() =>
        Assert.That(
            PublicSetters([typeof(Fixtures.OpenEntity)]),
            Is.EquivalentTo(new[] { $"{typeof(Fixtures.OpenEntity).FullName}.{nameof(Fixtures.OpenEntity.Name)}", $"{typeof(Fixtures.OpenEntity).FullName}.{nameof(Fixtures.OpenEntity.Code)}" }));

    [Test]
    public void The_setter_rule_lets_a_record_keep_its_init_accessors()
    {
        var name = typeof(Fixtures.FixtureValue).GetProperty(nameof(Fixtures.FixtureValue.Name))!;

        Assert.Multiple(() =>
        {
            // Guards the proof itself: the fixture really has public init accessors, so an empty result means "exempt", not "not seen".
            Assert.That(name.SetMethod, Is.Not.Null.And.Property(nameof(MethodInfo.IsPublic)).True);
            Assert.That(IsInitOnly(name.SetMethod!), Is.True);
            Assert.That(IsRecord(typeof(Fixtures.FixtureValue)), Is.True);
            Assert.That(PublicSetters([typeof(Fixtures.FixtureValue)]), Is.Empty);
        });
    }

    [Test]
    public void The_setter_rule_reports_a_plain_public_setter_on_a_record() =>
        Assert.That(
            PublicSetters([typeof(Fixtures.MutableFixtureValue)]),
            Is.EqualTo(new[] { $"{typeof(Fixtures.MutableFixtureValue).FullName}.{nameof(Fixtures.MutableFixtureValue.Count)}" }));

    [Test]
    public void The_domain_value_objects_are_seen_as_records() =>
        Assert.That(new[] { typeof(PlanLimitCheck), typeof(PlanUsage) }.Select(IsRecord), Is.All.True);

    private static IEnumerable<string> PublicSetters(IEnumerable<Type> types) =>
        from type in types
        where type.IsClass && !type.IsDefined(typeof(CompilerGeneratedAttribute))
        let isRecord = IsRecord(type)
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        where property.SetMethod is { IsPublic: true } setter && !(isRecord && IsInitOnly(setter))
        select $"{type.FullName}.{property.Name}";

    /// <summary>The compiler gives every record class a public <c>&lt;Clone&gt;$</c> method (what <c>with</c> calls); nothing else may declare that name.</summary>
    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
