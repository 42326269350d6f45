namespace ResumeExport.Application.Common.Ports.Storage;

/// <summary>
/// Local directory or S3 bucket. Keys are server-made and deterministic per export, so storing twice overwrites.
/// Throws <see cref="ExportStorageException"/> (<c>storage_failed</c>).
/// </summary>
public interface IExportStorage
{
    /// <summary>Recorded on each export, so a file is read back by the driver that wrote it.</summary>
    string Driver { get; }

    Task SaveAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);

    /// <summary>A stream (local) or a short-lived presigned URL to redirect to (s3) answering with <paramref name="contentType"/>.</summary>
    Task<StoredFileAccess> OpenAsync(string key, string downloadFileName, string contentType, CancellationToken cancellationToken);

    /// <summary>A missing key throws <see cref="FileNotFoundException"/>.</summary>
    Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the object; deleting a missing object is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
