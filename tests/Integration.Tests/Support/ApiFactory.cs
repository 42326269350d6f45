using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ResumeExport.Integration.Tests.Support;

/// <summary>The real API on Kestrel (real sockets, real body limits) against the real PostgreSQL and RabbitMQ.</summary>
public sealed class ApiFactory : WebApplicationFactory<ResumeExport.Api.ApiAssemblyMarker>
{
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;
    private readonly Action<IServiceCollection>? configureServices;

    public ApiFactory(
        string connectionString,
        string vhost,
        IDictionary<string, string?>? overrides = null,
        string environment = "Testing",
        Action<IServiceCollection>? configureServices = null)
    {
        this.environment = environment;
        this.configureServices = configureServices;
        settings = TestSettings.For(connectionString, vhost);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }

        // As strict as Development: every registration must resolve, so a missing adapter fails here, not in production.
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
