namespace ResumeExport.Application.Common.Ports.Storage;

/// <summary>
/// Every storage driver this process can reach, by the name an export records (<c>local</c>, <c>s3</c>), so a file is
/// read or deleted by the driver that wrote it even after the configured driver changed.
/// </summary>
public interface IExportStorageDrivers
{
    /// <summary>The driver named <paramref name="driver"/>; null when this process has no settings for it.</summary>
    IExportStorage? Find(string driver);
}
