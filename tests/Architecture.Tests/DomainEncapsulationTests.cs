using System.Reflection;
using ResumeExport.Domain.Users;

namespace ResumeExport.Architecture.Tests;

public sealed class DomainEncapsulationTests
{
    [Test]
    public void No_domain_type_has_a_public_setter()
    {
        // init accessors count: `with` and object initialisers would let callers bypass the factories' invariants.
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
            Assert.That(PublicSetters([typeof(User)]), Is.Empty);
        });
    }

    [Test]
    public void The_setter_rule_reports_a_public_setter_and_an_init_accessor() =>
        Assert.That(
            PublicSetters([typeof(Fixtures.OpenEntity)]),
            Is.EquivalentTo(new[] { $"{typeof(Fixtures.OpenEntity).FullName}.{nameof(Fixtures.OpenEntity.Name)}", $"{typeof(Fixtures.OpenEntity).FullName}.{nameof(Fixtures.OpenEntity.Code)}" }));

    private static IEnumerable<string> PublicSetters(IEnumerable<Type> types) =>
        from type in types
        where type.IsClass && !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        where property.SetMethod is { IsPublic: true }
        select $"{type.FullName}.{property.Name}";
}
