using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;

namespace ResumeExport.Architecture.Tests;

/// <summary>
/// A host composes the API through one public entry, <c>AddApi</c> in <c>Api/DependencyInjection.cs</c>; each concern
/// (authentication, rate limits, problems, HTTP, OpenAPI, gauges) registers itself through an internal piece it calls.
/// </summary>
public sealed class CompositionEntryTests
{
    [Test]
    public void The_api_exposes_one_public_service_registration_and_it_is_AddApi() =>
        Assert.That(PublicServiceRegistrations(ProjectAssemblies.Api), Is.EqualTo(new[] { "DependencyInjection.AddApi" }));

    private static IEnumerable<string> PublicServiceRegistrations(Assembly assembly) =>
        ProjectAssemblies.TypesOf(assembly)
            .Where(t => t.IsPublic && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.IsDefined(typeof(ExtensionAttribute)) && m.GetParameters()[0].ParameterType == typeof(IServiceCollection))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Order(StringComparer.Ordinal);
}
