namespace ResumeExport.Templates;

/// <summary>
/// Where a template puts content on the paper, for printers that measure a layout before printing it (the tightening
/// pass): the content box of a page, the first page's (which may differ), and the tightening levels the template allows.
/// A level is switched on by adding <see cref="TighteningClass"/> to the <c>html</c> element of the rendered page; each
/// level sets everything a little smaller (<see cref="TighteningZooms"/>), so that a short last page can move back.
/// </summary>
/// <param name="ContentWidthMm">Width of the area the content is laid out in.</param>
/// <param name="ContentHeightMm">Height of that area on every page but the first.</param>
/// <param name="FirstPageContentHeightMm">Height of that area on the first page.</param>
/// <param name="TighteningZooms">The zoom of levels 1, 2, …; level 0 is the design as drawn (zoom 1).</param>
public sealed record TemplatePageBox(
    double ContentWidthMm, double ContentHeightMm, double FirstPageContentHeightMm, IReadOnlyList<double> TighteningZooms)
{
    /// <summary>
    /// Share of a page that breaks may leave empty (headings kept with what follows, bullets kept whole), so that an
    /// estimate from a continuous layout does not promise more than the paginated one gives.
    /// </summary>
    public const double BreakSlack = 0.03;

    /// <summary>
    /// This template's share of a page lost to breaks, <see cref="BreakSlack"/> unless its design keeps larger blocks whole
    /// (a date column beside each item head, a sidebar).
    /// </summary>
    public double BreakSlackShare { get; init; } = BreakSlack;

    public int MaxTighteningLevel => TighteningZooms.Count;

    /// <summary>Width of the paper (A4, Letter or Legal); 0 when the box was made without it.</summary>
    public double PaperWidthMm { get; init; }

    /// <summary>Height of the paper.</summary>
    public double PaperHeightMm { get; init; }

    /// <summary>Where the content area starts from the paper's left edge.</summary>
    public double LeftMarginMm { get; init; }

    /// <summary>Where the content area of the first page starts from the paper's top edge.</summary>
    public double FirstPageTopMarginMm { get; init; }

    /// <summary>The class that switches tightening level <paramref name="level"/> (1 … <see cref="MaxTighteningLevel"/>) on.</summary>
    public static string TighteningClass(int level) =>
        level >= 1 ? $"fit-{level}" : throw new ArgumentOutOfRangeException(nameof(level), level, "Levels start at 1.");

    /// <summary>
    /// Pages that content of this height (laid out continuously at <see cref="ContentWidthMm"/>) is expected to need:
    /// every page that is followed by another loses <see cref="BreakSlackShare"/> to its break; the last page loses nothing.
    /// </summary>
    public int EstimatePages(double contentHeightMm)
    {
        if (contentHeightMm <= FirstPageContentHeightMm)
        {
            return 1;
        }

        // n pages hold first·(1 − slack) + (n − 2)·page·(1 − slack) + page.
        var beyondFirst = contentHeightMm - (FirstPageContentHeightMm * (1 - BreakSlackShare)) - ContentHeightMm;
        return beyondFirst <= 0 ? 2 : 2 + (int)Math.Ceiling(beyondFirst / (ContentHeightMm * (1 - BreakSlackShare)));
    }
}
