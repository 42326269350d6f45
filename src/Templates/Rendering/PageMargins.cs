using System.Globalization;

namespace ResumeExport.Templates.Rendering;

/// <summary>A template's page margins in millimetres; <paramref name="FirstPageTop"/> overrides the top of page one.</summary>
internal sealed record PageMargins(double Top, double Right, double Bottom, double Left, double? FirstPageTop = null)
{
    public static (double Width, double Height) PaperMm(TemplatePageSize pageSize) => pageSize switch
    {
        TemplatePageSize.Letter => (215.9, 279.4),
        TemplatePageSize.Legal => (215.9, 355.6),
        _ => (210, 297),
    };

    /// <summary>The CSS page box: the paper's size and these margins.</summary>
    public string Css(TemplatePageSize pageSize)
    {
        var css = $"@page {{ size: {CssSize(pageSize)}; margin: {Mm(Top)} {Mm(Right)} {Mm(Bottom)} {Mm(Left)}; }}\n";
        return FirstPageTop is { } first ? css + $"@page :first {{ margin-top: {Mm(first)}; }}\n" : css;
    }

    public TemplatePageBox Box(TemplatePageSize pageSize, IReadOnlyList<double> tighteningZooms)
    {
        var (width, height) = PaperMm(pageSize);
        return new TemplatePageBox(width - Left - Right, height - Top - Bottom, height - (FirstPageTop ?? Top) - Bottom, tighteningZooms)
        {
            PaperWidthMm = width,
            PaperHeightMm = height,
            LeftMarginMm = Left,
            FirstPageTopMarginMm = FirstPageTop ?? Top,
        };
    }

    private static string CssSize(TemplatePageSize pageSize) => pageSize switch
    {
        TemplatePageSize.Letter => "letter",
        TemplatePageSize.Legal => "legal",
        _ => "A4",
    };

    private static string Mm(double value) => value == 0 ? "0" : value.ToString("0.##", CultureInfo.InvariantCulture) + "mm";
}
