using System.Runtime.CompilerServices;
using System.Text.Json;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using ResumeExport.Templates;

namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// The tightening pass, run on the loaded page just before it is printed: a short last page moves back when a slightly
/// smaller setting of the same template fits it on the pages before. The page runs no JavaScript, so the layout is
/// measured and the level switched through the DevTools protocol (layout metrics and a DOM attribute), not page script.
/// The content is laid out continuously at the template's content width with print styles; <see cref="TemplatePageBox"/>
/// turns its height into a page estimate that allows for the room page breaks leave.
/// </summary>
internal static class ChromiumPageFitter
{
    private const double CssPixelsPerMm = 96 / 25.4;

    /// <summary>What this pass last set on each warm page; a page closed by the pool takes its entry with it.</summary>
    private static readonly ConditionalWeakTable<IPage, PageLayoutState> LayoutStates = new();

    /// <summary>Returns the tightening level applied (0: the design as drawn).</summary>
    public static async Task<int> FitAsync(IPage page, TemplatePageBox box, CancellationToken cancellationToken)
    {
        if (box.MaxTighteningLevel == 0)
        {
            return 0;
        }

        // Media and viewport outlive the document on a warm page: sent once per page and width, not per render
        // (two DevTools round trips per export, docs/performance.md).
        var state = LayoutStates.GetOrCreateValue(page);
        if (!state.PrintMedia)
        {
            await page.EmulateMediaTypeAsync(MediaType.Print).WaitAsync(cancellationToken);
            state.PrintMedia = true;
        }

        // A low viewport: the document's measured height is its content's, never the viewport's.
        var width = (int)Math.Round(box.ContentWidthMm * CssPixelsPerMm);
        if (state.ViewportWidth != width)
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 100 }).WaitAsync(cancellationToken);
            state.ViewportWidth = width;
        }

        var pages = box.EstimatePages(await ContentHeightMmAsync(page, cancellationToken));
        if (pages < 2)
        {
            return 0;
        }

        var html = await HtmlElementAsync(page, cancellationToken);
        for (var level = 1; level <= box.MaxTighteningLevel; level++)
        {
            await SetClassAsync(page, html, TemplatePageBox.TighteningClass(level), cancellationToken);
            if (box.EstimatePages(await ContentHeightMmAsync(page, cancellationToken)) < pages)
            {
                return level;
            }
        }

        // Even the tightest level keeps the page: print the design as drawn.
        await SetClassAsync(page, html, string.Empty, cancellationToken);
        return 0;
    }

    private static async Task<double> ContentHeightMmAsync(IPage page, CancellationToken cancellationToken)
    {
        var metrics = await page.Client.SendAsync<JsonElement>("Page.getLayoutMetrics").WaitAsync(cancellationToken);
        return metrics.GetProperty("cssContentSize").GetProperty("height").GetDouble() / CssPixelsPerMm;
    }

    /// <summary>The DevTools node id of the loaded document's <c>html</c> element.</summary>
    private static async Task<int> HtmlElementAsync(IPage page, CancellationToken cancellationToken)
    {
        var document = await page.Client.SendAsync<JsonElement>("DOM.getDocument", new Dictionary<string, object> { ["depth"] = 0 })
            .WaitAsync(cancellationToken);
        var html = await page.Client.SendAsync<JsonElement>(
            "DOM.querySelector",
            new Dictionary<string, object> { ["nodeId"] = document.GetProperty("root").GetProperty("nodeId").GetInt32(), ["selector"] = "html" })
            .WaitAsync(cancellationToken);
        return html.GetProperty("nodeId").GetInt32();
    }

    private static Task SetClassAsync(IPage page, int nodeId, string value, CancellationToken cancellationToken) =>
        page.Client.SendAsync("DOM.setAttributeValue", new Dictionary<string, object> { ["nodeId"] = nodeId, ["name"] = "class", ["value"] = value })
            .WaitAsync(cancellationToken);
}
