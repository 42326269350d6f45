using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace ResumeExport.Application;

/// <summary>
/// The mediator registers every handler in every process, but a process references only some adapters; dropping the
/// handlers it cannot build lets the container validate the rest (decision 20).
/// </summary>
public static class UseCaseRegistrations
{
    private static readonly Type[] AlwaysResolvable = [typeof(IServiceProvider), typeof(IServiceScopeFactory), typeof(IServiceProviderIsService)];

    /// <summary>Removes every registration of this assembly this process cannot build. Call it last.</summary>
    public static IServiceCollection RemoveUseCasesWithoutTheirPorts(this IServiceCollection services)
    {
        while (true)
        {
            var byServiceType = services.Where(d => !d.IsKeyedService).GroupBy(d => d.ServiceType).ToDictionary(g => g.Key, g => g.Last());
            var unbuildable = services
                .Where(d => !d.IsKeyedService)
                .Select(d => d.ImplementationType)
                .OfType<Type>()
                .Where(t => t.Assembly == typeof(UseCaseRegistrations).Assembly && !t.IsGenericTypeDefinition)
                .Distinct()
                .Where(t => !CanBuild(t, byServiceType, []))
                .ToHashSet();
            if (unbuildable.Count == 0)
            {
                return services;
            }

            for (var i = services.Count - 1; i >= 0; i--)
            {
                if (services[i] is { IsKeyedService: false, ImplementationType: { } type } && unbuildable.Contains(type))
                {
                    services.RemoveAt(i);
                }
            }
        }
    }

    private static bool CanBuild(Type type, Dictionary<Type, ServiceDescriptor> registered, HashSet<Type> building)
    {
        if (!building.Add(type))
        {
            return true; // a cycle is the container's to report, not ours
        }

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length);
        return constructor is not null
            && constructor.GetParameters().All(p => p.HasDefaultValue || CanResolve(p.ParameterType, registered, building));
    }

    private static bool CanResolve(Type type, Dictionary<Type, ServiceDescriptor> registered, HashSet<Type> building)
    {
        if (AlwaysResolvable.Contains(type))
        {
            return true;
        }

        if (registered.TryGetValue(type, out var descriptor))
        {
            // A type is buildable only if its dependencies are; instances and factories are taken on trust.
            return descriptor.ImplementationType is not { } implementation || CanBuild(implementation, registered, building);
        }

        return type.IsGenericType
            && (type.GetGenericTypeDefinition() == typeof(IEnumerable<>) || registered.ContainsKey(type.GetGenericTypeDefinition()));
    }
}
