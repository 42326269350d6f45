using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Storage;

namespace ResumeExport.Adapters.Storage;

/// <summary>The configured driver, or the other one by its keyed registration when its settings are there (an s3 bucket named).</summary>
internal sealed class ExportStorageDrivers(IServiceProvider services, IExportStorage configured, IOptions<StorageOptions> options) : IExportStorageDrivers
{
    public IExportStorage? Find(string driver)
    {
        if (string.Equals(driver, configured.Driver, StringComparison.Ordinal))
        {
            return configured;
        }

        var usable = driver switch
        {
            StorageOptions.LocalDriver => !string.IsNullOrWhiteSpace(options.Value.Local.RootPath),
            StorageOptions.S3Driver => !string.IsNullOrWhiteSpace(options.Value.S3.BucketName),
            _ => false,
        };
        return usable ? services.GetRequiredKeyedService<IExportStorage>(driver) : null;
    }
}
