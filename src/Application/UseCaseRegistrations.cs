using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace ResumeExport.Application;

/// <summary>
/// The generated mediator registers the handler of every use case in every process. A process runs only some of them:
/// the API renders no PDF and sends no mail, the workers bill nobody. Their adapters are not referenced there, so those
/// handlers could not be built. Rather than stand-ins that refuse at run time, a process drops the handlers whose
/// dependencies it does not register, after all its registrations; the container then validates (and can build)
/// everything that is left, and sending a dropped use case fails at once with "no service for type …".
/// Decision record: docs/decisions/0020-adapters-by-capability.md.
/// </summary>
public static class UseCaseRegistrations
{
    private static readonly Type[] AlwaysResolvable = [typeof(IServiceProvider), typeof(IServiceScopeFactory), typeof(IServiceProviderIsService)];

    /// <summary>
    /// Removes every registration of this assembly (use-case handlers and the services they share, such as the webhook
    /// handler) that this process cannot build, until none is left. Call it last.
    /// </summary>
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
            // A class registered by type is only as buildable as its own dependencies (ResumeCreator, EmailJobRunner, …).
            // Instances and factories are taken on trust.
            return descriptor.ImplementationType is not { } implementation || CanBuild(implementation, registered, building);
        }

        return type.IsGenericType
            && (type.GetGenericTypeDefinition() == typeof(IEnumerable<>) || registered.ContainsKey(type.GetGenericTypeDefinition()));
    }
}
