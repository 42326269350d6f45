using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Storage;

namespace ResumeExport.Adapters.Storage;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the configured <see cref="IExportStorage"/>, and both drivers keyed by name so an export is read back
    /// by the driver that wrote it.
    /// </summary>
    /// <param name="meterStores">Wrap in <see cref="MeteredExportStorage"/>; the PDF worker, which stores PDFs.</param>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, bool meterStores)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(o =>
            {
                o.Local ??= new LocalStorageOptions();
                o.S3 ??= new S3StorageOptions();
                if (!string.IsNullOrWhiteSpace(o.Local.RootPath))
                {
                    o.Local.RootPath = Path.GetFullPath(o.Local.RootPath);   // relative = under the current directory
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        services.AddKeyedSingleton<IExportStorage>(StorageOptions.LocalDriver, (sp, _) => new LocalExportStorage(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Local, sp.GetRequiredService<ILogger<LocalExportStorage>>()));
        services.AddKeyedSingleton<IExportStorage>(StorageOptions.S3Driver, (sp, _) => new S3ExportStorage(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.S3, sp.GetRequiredService<ILogger<S3ExportStorage>>()));
        services.AddSingleton(sp =>
        {
            var driver = sp.GetRequiredKeyedService<IExportStorage>(
                sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesS3 ? StorageOptions.S3Driver : StorageOptions.LocalDriver);
            return meterStores
                ? new MeteredExportStorage(driver, sp.GetRequiredService<ResumeExportMetrics>(), sp.GetRequiredService<TimeProvider>())
                : driver;
        });
        services.AddSingleton<IExportStorageDrivers, ExportStorageDrivers>();
        return services;
    }
}
