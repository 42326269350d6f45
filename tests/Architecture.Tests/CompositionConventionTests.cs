using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// One composition convention: each project exposes exactly one public <c>Add…</c> extension, on a class named
/// <c>DependencyInjection</c> in the project's root namespace, in a <c>DependencyInjection.cs</c> at the project's root.
/// </summary>
public sealed class CompositionConventionTests
{
    private static readonly string Root = RepositoryFiles.Root;

    [TestCaseSource(nameof(Projects))]
    public void A_project_exposes_one_add_extension_on_its_dependency_injection_class(string project)
    {
        var assembly = Composed.Single(a => a.GetName().Name == "ResumeExport." + project);
        var name = assembly.GetName().Name!;

        var extensions = PublicAddExtensions(assembly).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(extensions.Select(m => $"{m.DeclaringType!.FullName}.{m.Name}"), Has.Exactly(1).Items, $"{name}: public Add… extensions");
            Assert.That(extensions.Select(m => m.DeclaringType!.FullName), Is.All.EqualTo($"{name}.DependencyInjection"));
        });
    }

    [TestCaseSource(nameof(Projects))]
    public void The_dependency_injection_class_lives_in_a_file_of_its_name_at_the_project_root(string project)
    {
        Assert.That(File.Exists(System.IO.Path.Combine(Root, "src", project, "DependencyInjection.cs")), Is.True, $"src/{project}/DependencyInjection.cs");
    }

    [Test]
    public void The_check_sees_the_extensions_that_exist() =>
        Assert.That(PublicAddExtensions(ProjectAssemblies.AdaptersPersistence).Select(m => m.Name), Is.EquivalentTo(new[] { "AddPersistence" }));

    /// <summary>Every project but the domain, which registers nothing.</summary>
    private static IEnumerable<Assembly> Composed => ProjectAssemblies.All.Where(a => a != ProjectAssemblies.Domain);

    private static IEnumerable<string> Projects() => Composed.Select(a => a.GetName().Name!["ResumeExport.".Length..]);

    private static IEnumerable<MethodInfo> PublicAddExtensions(Assembly assembly) =>
        from type in ProjectAssemblies.TypesOf(assembly)
        where type is { IsPublic: true, IsAbstract: true, IsSealed: true }
            && type.Namespace?.StartsWith(assembly.GetName().Name!, StringComparison.Ordinal) == true   // not generated code (the mediator's AddMediator)
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
        where method.IsDefined(typeof(ExtensionAttribute), inherit: false) && method.Name.StartsWith("Add", StringComparison.Ordinal)
        let target = method.GetParameters()[0].ParameterType
        where typeof(IServiceCollection).IsAssignableFrom(target) || typeof(IHostApplicationBuilder).IsAssignableFrom(target)
        select method;
}
