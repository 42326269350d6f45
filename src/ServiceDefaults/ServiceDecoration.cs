using Microsoft.Extensions.DependencyInjection;

namespace ResumeExport.ServiceDefaults;

/// <summary>Wraps the last registration of a service in a decorator, keeping its lifetime.</summary>
public static class ServiceDecoration
{
    /// <summary>
    /// The registration being wrapped moves to a private key, so the container still creates and disposes the inner
    /// service; the unkeyed registration then resolves to <paramref name="decorate"/>(inner).
    /// </summary>
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var index = LastIndexOf<TService>(services);
        if (index < 0)
        {
            throw new InvalidOperationException($"There is no {typeof(TService).Name} to decorate: register it first.");
        }

        var original = services[index];
        var innerKey = $"{typeof(TService).FullName}:decorated:{Guid.NewGuid():N}";
        services[index] = Keyed(original, innerKey);
        services.Add(ServiceDescriptor.Describe(
            typeof(TService),
            sp => decorate(sp, sp.GetRequiredKeyedService<TService>(innerKey)),
            original.Lifetime));
        return services;
    }

    private static int LastIndexOf<TService>(IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(TService) && !services[i].IsKeyedService)
            {
                return i;
            }
        }

        return -1;
    }

    private static ServiceDescriptor Keyed(ServiceDescriptor original, string key)
    {
        if (original.ImplementationInstance is { } instance)
        {
            return new ServiceDescriptor(original.ServiceType, key, instance);
        }

        if (original.ImplementationFactory is { } factory)
        {
            return new ServiceDescriptor(original.ServiceType, key, (sp, _) => factory(sp), original.Lifetime);
        }

        return new ServiceDescriptor(original.ServiceType, key, original.ImplementationType!, original.Lifetime);
    }
}
