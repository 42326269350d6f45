using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Integration.Tests.Doubles;

namespace ResumeExport.Integration.Tests.Storage;

/// <summary><c>AddStorage</c>: the configured driver becomes <see cref="IExportStorage"/>; bad settings fail with clear messages.</summary>
public sealed class StorageRegistrationTests
{
    [Test]
    public void Without_settings_the_local_driver_is_used_under_the_current_directory()
    {
        using var services = Build([]);

        var storage = services.GetRequiredService<IExportStorage>();

        Assert.That(storage, Is.InstanceOf<LocalExportStorage>());
        Assert.That(((LocalExportStorage)storage).RootPath, Is.EqualTo(Path.GetFullPath(LocalStorageOptions.DefaultRootPath)));
    }

    [Test]
    public void The_s3_driver_is_used_when_configured_and_both_drivers_stay_reachable_by_name()
    {
        using var services = Build(new()
        {
            ["Storage:Driver"] = "S3",
            ["Storage:S3:ServiceUrl"] = S3TestServer.Endpoint,
            ["Storage:S3:BucketName"] = "resume-exports",
            ["Storage:S3:AccessKey"] = "S3RVER",
            ["Storage:S3:SecretKey"] = "S3RVER",
        });

        Assert.That(services.GetRequiredService<IExportStorage>(), Is.InstanceOf<S3ExportStorage>());
        Assert.That(services.GetRequiredKeyedService<IExportStorage>("s3").Driver, Is.EqualTo("s3"));
        Assert.That(services.GetRequiredKeyedService<IExportStorage>("local").Driver, Is.EqualTo("local"));
    }

    [Test]
    public void An_unknown_driver_is_refused_with_a_clear_message()
    {
        using var services = Build(new() { ["Storage:Driver"] = "ftp" });

        var ex = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.That(ex!.Message, Does.Contain("Storage:Driver must be 'local' or 's3'"));
    }

    [Test]
    public void Bad_s3_settings_are_all_reported_at_once()
    {
        using var services = Build(new()
        {
            ["Storage:Driver"] = "s3",
            ["Storage:S3:ServiceUrl"] = "ftp://example",
            ["Storage:S3:BucketName"] = "Bad_Bucket",
            ["Storage:S3:AccessKey"] = "only-the-key",
            ["Storage:S3:PresignedUrlLifetime"] = "00:00:00",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.That(ex!.Failures, Has.Some.Contains("Storage:S3:BucketName"));
        Assert.That(ex.Failures, Has.Some.Contains("Storage:S3:ServiceUrl"));
        Assert.That(ex.Failures, Has.Some.Contains("Storage:S3:AccessKey and Storage:S3:SecretKey"));
        Assert.That(ex.Failures, Has.Some.Contains("Storage:S3:PresignedUrlLifetime"));
    }

    [Test]
    public void S3_settings_are_not_checked_while_the_local_driver_is_chosen()
    {
        using var services = Build(new() { ["Storage:S3:BucketName"] = "Bad_Bucket" });

        Assert.That(services.GetRequiredService<IExportStorage>().Driver, Is.EqualTo("local"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddStorage(configuration, meterStores: false)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
