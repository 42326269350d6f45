using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Adapters.Storage;

/// <summary>
/// Saves write a temp file and move it over the name, so readers never see a half-written file. A missing key throws
/// <see cref="FileNotFoundException"/> from <see cref="OpenAsync"/>.
/// </summary>
public sealed partial class LocalExportStorage : IExportStorage
{
    private const int BufferSize = 81920;
    private readonly string _root;
    private readonly ILogger<LocalExportStorage> _logger;

    public LocalExportStorage(LocalStorageOptions options, ILogger<LocalExportStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.RootPath);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.RootPath));
        _logger = logger;
    }

    public string Driver => StorageOptions.LocalDriver;

    /// <summary>The absolute directory files are stored under.</summary>
    public string RootPath => _root;

    public async Task SaveAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        var directory = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            LogStored(_logger, key, content.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            LogFailed(_logger, ex, "save", key);
            throw new ExportStorageException(
                ExportErrorCodes.StorageFailed, $"Could not store the export file: {ex.Message}", transient: ex is IOException, ex);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ReadFailure(ex, "read", key);
        }
    }

    /// <remarks>The API sets the stream's Content-Type and file name; the local driver only opens the file.</remarks>
    public Task<StoredFileAccess> OpenAsync(string key, string downloadFileName, string contentType, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(StoredFileAccess.Stream(stream, stream.Length));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ReadFailure(ex, "open", key);
        }
    }

    /// <summary>A missing file is <see cref="FileNotFoundException"/>; other I/O failures are storage failures.</summary>
    private Exception ReadFailure(Exception ex, string verb, string key)
    {
        if (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new FileNotFoundException($"No stored export file for key '{key}'.", key, ex);
        }

        LogFailed(_logger, ex, verb, key);
        return new ExportStorageException(
            ExportErrorCodes.StorageFailed, $"Could not {verb} the export file: {ex.Message}", transient: ex is IOException, ex);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(File.Exists(path));
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            File.Delete(path);   // no error when the file is missing
            LogDeleted(_logger, key);
        }
        catch (DirectoryNotFoundException)
        {
            // the whole directory is gone: the file is too
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogFailed(_logger, ex, "delete", key);
            throw new ExportStorageException(
                ExportErrorCodes.StorageFailed, $"Could not delete the export file: {ex.Message}", transient: ex is IOException, ex);
        }

        return Task.CompletedTask;
    }

    /// <summary>Throws <see cref="ArgumentException"/> for a malformed key or one escaping <see cref="RootPath"/>.</summary>
    public string PathFor(string key)
    {
        StorageKey.Validate(key);
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Storage key '{key}' resolves outside the storage root.", nameof(key));
        }

        return path;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // best effort: a leftover temp file is never read (keys cannot start with '.')
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored export file {StorageKey} ({SizeBytes} bytes) on the local driver")]
    private static partial void LogStored(ILogger logger, string storageKey, int sizeBytes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted export file {StorageKey} on the local driver")]
    private static partial void LogDeleted(ILogger logger, string storageKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Local storage {Operation} failed for {StorageKey}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation, string storageKey);
}
