using ResumeExport.Application.Common.Ports;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Reads <see cref="Files"/>; a missing key fails like the real reader (<c>export_file_missing</c>, permanent).</summary>
internal sealed class InMemoryExportFileReader : IExportFileReader
{
    public Dictionary<string, byte[]> Files { get; } = [];

    public Task<byte[]> ReadAsync(string storageKey, CancellationToken cancellationToken) =>
        Files.TryGetValue(storageKey, out var content)
            ? Task.FromResult(content)
            : Task.FromException<byte[]>(new ExportPipelineException("export_file_missing", $"No file under '{storageKey}'.", transient: false));
}
