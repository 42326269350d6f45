using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Common.Diagnostics;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Benchmarks;

/// <summary>
/// "Ours" for the formats that need no browser: the production <see cref="IResumeDocumentRenderer"/> as the PDF worker
/// registers it (<c>AddRendering</c>, metered) writing the bench resume, each file then saved by
/// <see cref="LocalExportStorage"/> under its format's key, as the worker's document endpoint does.
/// </summary>
internal sealed class DocumentBenchmark : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly IResumeDocumentRenderer renderer;

    public DocumentBenchmark()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddMetrics()
            .AddSingleton<ResumeExportMetrics>()
            .AddSingleton(TimeProvider.System);
        services.AddRendering(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        provider = services.BuildServiceProvider();
        renderer = provider.GetRequiredService<IResumeDocumentRenderer>();
    }

    /// <summary>The formats measured, in the API's order.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. ExportFormats.All.Where(f => !ExportFormats.NeedsBrowser(f))];

    /// <summary>Bytes of the last document written per format, to show what was measured.</summary>
    public ConcurrentDictionary<string, int> LastBytes { get; } = new(StringComparer.Ordinal);

    public async Task WarmUpAsync(string format, int count, int concurrency, CancellationToken cancellationToken) =>
        await ThroughputRun.MeasureAsync(count, concurrency, async (_, ct) => await WriteAsync(format, ct), cancellationToken);

    /// <summary>What the worker does per document message minus the database: write the document, then store it.</summary>
    public async Task<ThroughputRun> WriteAndStoreAsync(string format, int count, int concurrency, string storageRoot, CancellationToken cancellationToken)
    {
        var storage = new LocalExportStorage(new LocalStorageOptions { RootPath = storageRoot }, NullLogger<LocalExportStorage>.Instance);
        var userId = Guid.NewGuid();
        return await ThroughputRun.MeasureAsync(count, concurrency, async (_, ct) =>
        {
            var document = await WriteAsync(format, ct);
            await storage.SaveAsync(ExportStorageKeys.For(userId, Guid.NewGuid(), format), document.Content, ExportFormats.ContentTypeOf(format), ct);
        }, cancellationToken);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();

    private async Task<RenderedDocument> WriteAsync(string format, CancellationToken cancellationToken)
    {
        var document = await renderer.RenderAsync(
            new DocumentRenderRequest(BenchResumes.Domain(), format, BenchResumes.OwnerName, BenchResumes.OwnerEmail, PageSize.A4), cancellationToken);
        LastBytes[format] = document.Content.Length;
        return document;
    }
}
