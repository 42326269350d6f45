using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>
/// A worker process hosted in the test (its real Program.cs and DI), against the same database, vhost and storage as
/// the API under test. <typeparamref name="TWorkerType"/> is any type of the worker's assembly, e.g. its consumer.
/// </summary>
public sealed class WorkerFactory<TWorkerType> : WebApplicationFactory<TWorkerType>
    where TWorkerType : class
{
    private readonly Dictionary<string, string?> settings;

    public WorkerFactory(string connectionString, string vhost, IDictionary<string, string?>? overrides = null)
    {
        settings = TestSettings.For(connectionString, vhost);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }
}
