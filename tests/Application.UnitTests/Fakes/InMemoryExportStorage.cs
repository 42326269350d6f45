using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>
/// Export files kept in a dictionary by key; <see cref="OpenAsync"/> streams them back, <see cref="ReadAsync"/> reads them.
/// <see cref="BeforeSave"/> and <see cref="BeforeDelete"/> observe each save and delete as it happens (what else was true at that moment), and keys in
/// <see cref="FailingKeys"/> refuse to be deleted like an unreachable bucket.
/// </summary>
internal sealed class InMemoryExportStorage : IExportStorage
{
    public const string DefaultDriver = "local";

    public string Driver { get; set; } = DefaultDriver;

    public Dictionary<string, byte[]> Files { get; } = [];

    public List<(string Key, string ContentType)> Saves { get; } = [];

    public List<(string Key, string DownloadFileName)> Opened { get; } = [];

    /// <summary>The Content-Type each <see cref="OpenAsync"/> was asked to answer with, in call order.</summary>
    public List<string> OpenedContentTypes { get; } = [];

    public HashSet<string> FailingKeys { get; } = [];

    /// <summary>Called with the key just before a delete succeeds.</summary>
    public Action<string>? BeforeDelete { get; set; }

    /// <summary>Called with the key as a save begins.</summary>
    public Action<string>? BeforeSave { get; set; }

    public Task SaveAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        BeforeSave?.Invoke(key);
        Saves.Add((key, contentType));
        Files[key] = content.ToArray();
        return Task.CompletedTask;
    }

    public Task<StoredFileAccess> OpenAsync(string key, string downloadFileName, string contentType, CancellationToken cancellationToken)
    {
        Opened.Add((key, downloadFileName));
        OpenedContentTypes.Add(contentType);
        var content = Files.TryGetValue(key, out var bytes) ? bytes : [];
        return Task.FromResult(StoredFileAccess.Stream(new MemoryStream(content, writable: false), content.Length));
    }

    /// <summary>A missing key throws <see cref="FileNotFoundException"/>, like the real drivers.</summary>
    public Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken) =>
        Files.TryGetValue(key, out var content)
            ? Task.FromResult(content)
            : Task.FromException<byte[]>(new FileNotFoundException($"No file under '{key}'.", key));

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(Files.ContainsKey(key));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (FailingKeys.Contains(key))
        {
            return Task.FromException(new ExportStorageException(ExportErrorCodes.StorageFailed, "The bucket is unreachable.", transient: true));
        }

        BeforeDelete?.Invoke(key);
        Files.Remove(key);
        return Task.CompletedTask;
    }
}
