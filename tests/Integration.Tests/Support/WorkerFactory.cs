using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>
/// A worker process hosted in the test (its real Program.cs and DI), against the same database, vhost and storage as
/// the API under test. <typeparamref name="TWorkerType"/> is any type of the worker's assembly, e.g. its consumer.
/// </summary>
public sealed class WorkerFactory<TWorkerType> : WebApplicationFactory<TWorkerType>
    where TWorkerType : class
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? configureServices;

    public WorkerFactory(string connectionString, string vhost, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configureServices = null)
    {
        this.configureServices = configureServices;
        settings = TestSettings.For(connectionString, vhost);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));

        // Also as host settings: those are visible while Program.cs registers services (e.g. feature switches).
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
