using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Adapters.Rendering;
using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Templates;

namespace ResumeExport.Benchmarks;

/// <summary>
/// "Ours" in <c>exports</c>, in this process: the production <see cref="ChromiumResumePdfRenderer"/> (one pooled browser,
/// options from the <c>Chromium__*</c> environment like the worker) printing the bench resume, each PDF then saved by
/// <see cref="LocalExportStorage"/>, at concurrency = <see cref="ChromiumOptions.MaxConcurrentPages"/>.
/// </summary>
internal sealed class RendererBenchmark : IAsyncDisposable
{
    private readonly ChromiumBrowserPool pool;
    private readonly ChromiumResumePdfRenderer renderer;
    private readonly PdfRenderRequest request = new(BenchResumes.Domain(), BenchResumes.OwnerName, BenchResumes.OwnerEmail, PageSize.A4);

    private RendererBenchmark(ChromiumOptions options)
    {
        Options = options;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        pool = new ChromiumBrowserPool(wrapped, NullLogger<ChromiumBrowserPool>.Instance);
        renderer = new ChromiumResumePdfRenderer(pool, wrapped, NullLogger<ChromiumResumePdfRenderer>.Instance);
    }

    public ChromiumOptions Options { get; }

    /// <summary>Where page 1's content sits for the bench resume's template (the preview step of the reference pages needs it).</summary>
    public TemplatePageBox PageBox => ResumeTemplates.PageBox(request.Resume.TemplateKey, TemplatePageSize.A4);

    /// <summary>The HTML document the renderer prints for the bench resume (the reference printers print the same).</summary>
    public string Html => ChromiumResumePdfRenderer.ComposeHtml(request);

    /// <summary>Pages and bytes of the last render, to show what was printed.</summary>
    public (int Pages, int Bytes) LastDocument { get; private set; }

    /// <summary>The last PDF it printed: what the preview phase draws, as a first view would.</summary>
    public byte[] LastPdf { get; private set; } = [];

    /// <summary>Chromium options as the worker binds them: section <c>Chromium</c> from the environment (<c>Chromium__MaxConcurrentPages</c>, ...), else the defaults.</summary>
    public static RendererBenchmark FromEnvironment()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var options = new ChromiumOptions();
        configuration.GetSection(ChromiumOptions.SectionName).Bind(options);
        if (Environment.GetEnvironmentVariable("Chromium__ExecutablePath") is not { Length: > 0 }
            && Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path)
        {
            options.ExecutablePath = path;
        }

        return new RendererBenchmark(options);
    }

    public async Task WarmUpAsync(int renders, CancellationToken cancellationToken) =>
        await ThroughputRun.MeasureAsync(renders, Options.MaxConcurrentPages, async (_, ct) => await RenderAsync(ct), cancellationToken);

    /// <summary>What the worker does per message minus the database: render, then store the PDF like the worker does (the preview is drawn on its first view, elsewhere).</summary>
    public async Task<ThroughputRun> PrintAndStoreAsync(int count, string storageRoot, CancellationToken cancellationToken)
    {
        var storage = new LocalExportStorage(new LocalStorageOptions { RootPath = storageRoot }, NullLogger<LocalExportStorage>.Instance);
        var userId = Guid.NewGuid();
        return await ThroughputRun.MeasureAsync(count, Options.MaxConcurrentPages, async (_, ct) =>
        {
            var pdf = await RenderAsync(ct);
            var exportId = Guid.NewGuid();
            await storage.SaveAsync(ExportStorageKeys.For(userId, exportId), pdf.Content, "application/pdf", ct);
        }, cancellationToken);
    }

    public ValueTask DisposeAsync() => pool.DisposeAsync();

    private async Task<RenderedPdf> RenderAsync(CancellationToken cancellationToken)
    {
        var pdf = await renderer.RenderAsync(request, cancellationToken);
        LastDocument = (pdf.PageCount, pdf.Content.Length);
        LastPdf = pdf.Content;
        return pdf;
    }
}
