using System.Globalization;
using System.Text.Json;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using ResumeExport.Templates;

namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// The export preview: a PNG of page 1, about <see cref="WidthPx"/> wide, taken on the warm page right after it printed
/// the PDF (docs/decisions/0019-export-preview.md). A screenshot shows the screen layout, which has no pages, so the
/// document is laid out as page 1 first: the root element gets the paper's size with the first page's margins as padding,
/// and becomes a one-column multi-column box as tall as page 1's content area. Chromium fragments columns with the same
/// engine and the same break rules as pages (headings kept with what follows, bullets whole), so the first column holds
/// exactly what page 1 of the PDF holds and everything after it flows into columns beyond the paper, outside the picture.
/// <para>
/// What it changes stays inside this render's document (a <c>style</c> attribute on its root, which the next render's
/// document replaces) and the print media type the tightening pass already emulates; the screenshot's scale is a
/// parameter of the capture, not a device setting, so no page state outlives the call.
/// </para>
/// </summary>
internal static class ChromiumPagePreview
{
    public const int WidthPx = 600;

    private const double CssPixelsPerMm = 96 / 25.4;

    public static async Task<byte[]> CaptureFirstPageAsync(IPage page, TemplatePageBox box, CancellationToken cancellationToken)
    {
        await page.EmulateMediaTypeAsync(MediaType.Print).WaitAsync(cancellationToken);
        await page.Client.SendAsync("DOM.setAttributeValue", new Dictionary<string, object>
        {
            ["nodeId"] = await ChromiumPageFitter.HtmlElementAsync(page, cancellationToken),
            ["name"] = "style",
            ["value"] = FirstPageStyle(box),
        }).WaitAsync(cancellationToken);

        var width = box.PaperWidthMm * CssPixelsPerMm;
        var shot = await page.Client.SendAsync<JsonElement>("Page.captureScreenshot", new Dictionary<string, object>
        {
            ["format"] = "png",
            ["clip"] = new Dictionary<string, object>
            {
                ["x"] = 0,
                ["y"] = 0,
                ["width"] = width,
                ["height"] = box.PaperHeightMm * CssPixelsPerMm,
                ["scale"] = WidthPx / width,
            },
            ["captureBeyondViewport"] = true,

            // zlib's fastest setting: a few more kilobytes for a cheaper encode on the render's critical path.
            ["optimizeForSpeed"] = true,
        }).WaitAsync(cancellationToken);
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    /// <summary>
    /// Page 1 on screen: the paper's box with page 1's margins as padding, its content area one column tall; further
    /// columns (pages 2 and on) start a paper's width to the right. Important, so no template rule on the root wins.
    /// </summary>
    internal static string FirstPageStyle(TemplatePageBox box)
    {
        var right = box.PaperWidthMm - box.LeftMarginMm - box.ContentWidthMm;
        var bottom = box.PaperHeightMm - box.FirstPageTopMarginMm - box.FirstPageContentHeightMm;
        return string.Create(CultureInfo.InvariantCulture,
            $"box-sizing: border-box !important; width: {box.PaperWidthMm}mm !important; height: {box.PaperHeightMm}mm !important; "
            + $"padding: {box.FirstPageTopMarginMm}mm {right}mm {bottom}mm {box.LeftMarginMm}mm !important; margin: 0 !important; "
            + $"column-count: 1 !important; column-fill: auto !important; column-gap: {box.PaperWidthMm}mm !important; overflow: hidden !important;");
    }
}
