using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;

namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// Prints a resume with headless Chromium: the template's self-contained HTML replaces the document of a warm page of the
/// <see cref="ChromiumBrowserPool"/>, which runs no JavaScript and may fetch nothing (every request other than data: and
/// about:blank is aborted, so user-supplied URLs can never reach internal hosts); then the PDF's document information, XMP
/// metadata and language are set from the resume.
/// </summary>
public sealed class ChromiumResumePdfRenderer : IResumePdfRenderer
{
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly ResiliencePropertyKey<string> TemplateKeyProperty = new("resume-export.template-key");
    private readonly ChromiumBrowserPool _pool;
    private readonly ChromiumOptions _options;
    private readonly ILogger<ChromiumResumePdfRenderer> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline _pipeline;

    public ChromiumResumePdfRenderer(
        ChromiumBrowserPool pool, IOptions<ChromiumOptions> options, ILogger<ChromiumResumePdfRenderer> logger, TimeProvider? timeProvider = null)
    {
        _pool = pool;
        _options = options.Value;
        _logger = logger;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _pipeline = CreatePipeline();
    }

    public async Task<RenderedPdf> RenderAsync(PdfRenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var templateKey = request.Resume.TemplateKey;
        var pageSize = PageSizeOf(request);
        var elapsed = Stopwatch.StartNew();
        string html;
        var document = ResumeDocumentMapper.ToDocument(request);
        TemplatePageBox pageBox;
        try
        {
            html = ResumeTemplates.Render(templateKey, document, pageSize);
            pageBox = ResumeTemplates.PageBox(templateKey, pageSize);
        }
        catch (ArgumentException exception)
        {
            // An unknown template will not become known on a retry.
            throw Failure(ExportErrorCodes.RenderFailed, exception.Message, transient: false, exception, templateKey, pageSize, elapsed);
        }

        try
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            byte[] printed;
            try
            {
                context.Properties.Set(TemplateKeyProperty, templateKey);
                printed = await _pipeline.ExecuteAsync(
                    async ctx => await _pool.UsePageAsync((page, token) => PrintAsync(page, html, pageBox, pageSize, token), ctx.CancellationToken),
                    context);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }

            var content = PdfDocumentInfo.WithMetadata(printed, MetadataOf(request, document), _timeProvider.GetUtcNow());
            if (content is null)
            {
                RenderingLog.DocumentInfoNotWritten(_logger, templateKey);
                content = printed;
            }

            var pageCount = PdfDocumentInfo.CountPages(content);
            RenderingLog.Rendered(_logger, templateKey, pageSize.ToString(), pageCount, content.Length, elapsed.ElapsedMilliseconds);
            return new RenderedPdf(content, pageCount);
        }
        catch (TimeoutRejectedException exception)
        {
            throw Failure(ExportErrorCodes.RenderTimeout, $"Rendering took longer than {_options.RenderTimeout}.", transient: true,
                exception, templateKey, pageSize, elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller (e.g. a shutting-down worker) gave up: not a rendering failure.
            throw;
        }
        catch (Exception exception) when (exception is not PdfRenderingException)
        {
            var message = exception is ChromiumUnavailableException ? exception.Message : "Chromium could not print the resume.";
            throw Failure(ExportErrorCodes.RenderFailed, message, transient: true, exception, templateKey, pageSize, elapsed);
        }
    }

    /// <summary>
    /// The self-contained HTML document this renderer prints for <paramref name="request"/> (the benchmark prints the very
    /// same document through its independent reference printers). Throws <see cref="ArgumentException"/> for an unknown template.
    /// </summary>
    public static string ComposeHtml(PdfRenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ResumeTemplates.Render(request.Resume.TemplateKey, ResumeDocumentMapper.ToDocument(request), PageSizeOf(request));
    }

    /// <summary>Title, author (the printed name), subject (the headline), keywords (the skills) and language of the PDF.</summary>
    private static PdfMetadata MetadataOf(PdfRenderRequest request, ResumeDocument document) => new(
        request.Resume.Title,
        document.AuthorName,
        document.Headline,
        [.. request.Resume.Sections.Where(section => section.Kind == SectionKind.Skills)
            .SelectMany(section => section.Items).Select(item => item.Name).OfType<string>().Where(name => name.Trim().Length > 0)],
        document.Language ?? ResumeDocumentMapper.DefaultLanguage);

    private static TemplatePageSize PageSizeOf(PdfRenderRequest request) => request.PageSize switch
    {
        PageSize.Letter => TemplatePageSize.Letter,
        PageSize.Legal => TemplatePageSize.Legal,
        _ => TemplatePageSize.A4,
    };

    /// <summary>
    /// Outermost a timeout for the whole render (slot wait, relaunch and retry included), inside it one retry when the
    /// browser was lost: the pool has started a new one by the time the retry opens its page.
    /// </summary>
    private ResiliencePipeline CreatePipeline() => new ResiliencePipelineBuilder()
        // Polly refuses time-outs under 10 ms; such a budget could never fit a render anyway.
        .AddTimeout(_options.RenderTimeout < MinimumTimeout ? MinimumTimeout : _options.RenderTimeout)
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 1,
            Delay = TimeSpan.Zero,
            ShouldHandle = new PredicateBuilder().Handle<ChromiumUnavailableException>(),
            OnRetry = args =>
            {
                args.Context.Properties.TryGetValue(TemplateKeyProperty, out var templateKey);
                RenderingLog.RetryingAfterBrowserLoss(_logger, templateKey ?? "?", args.Outcome.Exception);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    /// <summary>
    /// Replaces the whole document of the (guarded, possibly reused) page with this resume's and prints it. The export's
    /// preview is not made here: it is drawn from the stored PDF on its first view (decision 22).
    /// </summary>
    private async Task<byte[]> PrintAsync(IPage page, string html, TemplatePageBox pageBox, TemplatePageSize pageSize, CancellationToken cancellationToken)
    {
        // PuppeteerSharp calls take no token: WaitAsync stops waiting on time-out; the pool then closes the page.
        var timeoutMs = (int)_options.RenderTimeout.TotalMilliseconds;
        await page.SetContentAsync(html, new SetContentOptions
        {
            WaitUntil = [WaitUntilNavigation.Load],
            Timeout = timeoutMs,
            CancellationToken = cancellationToken,
        }).WaitAsync(cancellationToken);
        await TightenToFitAsync(page, pageBox, cancellationToken);
        var pdf = await page.PdfDataAsync(new PdfOptions
        {
            Format = pageSize switch { TemplatePageSize.Letter => PaperFormat.Letter, TemplatePageSize.Legal => PaperFormat.Legal, _ => PaperFormat.A4 },
            PreferCSSPageSize = true,
            PrintBackground = true,

            // Tagged: a structure tree, so screen readers and applicant tracking systems read the text in order.
            Tagged = true,

            // Bookmarks from the headings (sections and items).
            Outline = true,

            // The fonts are system fonts, present before layout; waiting for document.fonts would need script.
            WaitForFonts = false,
            Timeout = timeoutMs,
        }).WaitAsync(cancellationToken);
        return pdf;
    }

    /// <summary>The tightening pass: a short last page moves back when a tighter setting of the template fits (see <see cref="ChromiumPageFitter"/>).</summary>
    private static Task TightenToFitAsync(IPage page, TemplatePageBox pageBox, CancellationToken cancellationToken) =>
        ChromiumPageFitter.FitAsync(page, pageBox, cancellationToken);

    private PdfRenderingException Failure(
        string code, string message, bool transient, Exception exception, string templateKey, TemplatePageSize pageSize, Stopwatch elapsed)
    {
        RenderingLog.RenderFailed(_logger, templateKey, pageSize.ToString(), code, elapsed.ElapsedMilliseconds, exception);
        return new PdfRenderingException(code, message, transient, exception);
    }
}
