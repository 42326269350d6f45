using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>What text extraction (PdfPig) sees in a printed resume: lines per page, how far down each page is filled, and the tagged structure.</summary>
internal static class PdfLayout
{
    private const double PointsPerMm = 72 / 25.4;

    /// <summary>One extracted line: its words joined by spaces, the bottom of its lowest glyph and its left edge, in points.</summary>
    public sealed record Line(int Page, string Text, double Bottom, double Left);

    /// <summary>The lines of every page, top to bottom (words on one baseline, within a column when <paramref name="columnSplitPt"/> is set).</summary>
    public static IReadOnlyList<Line> Lines(PdfDocument document, double? columnSplitPt = null) =>
        [.. document.GetPages().SelectMany(page => page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .GroupBy(w => (Baseline: Math.Round(w.BoundingBox.Bottom), Column: columnSplitPt is { } split && w.BoundingBox.Left >= split ? 1 : 0))
            .OrderBy(g => g.Key.Column).ThenByDescending(g => g.Key.Baseline)
            .Select(g => new Line(page.Number, string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)), g.Min(w => w.BoundingBox.Bottom), g.Min(w => w.BoundingBox.Left))))];

    /// <summary>
    /// How far down the page's content box text reaches: 1 when the lowest glyph sits on the bottom margin. Margins are
    /// symmetric on every template (only the modern first page has no top margin, which does not change the bottom).
    /// </summary>
    public static double Fill(Page page, double contentHeightMm)
    {
        var bottomMarginPt = (page.Height - contentHeightMm * PointsPerMm) / 2;
        var lowest = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Min(l => l.BoundingBox.Bottom);
        return 1 - ((lowest - bottomMarginPt) / (contentHeightMm * PointsPerMm));
    }

    /// <summary>The catalog entry <paramref name="key"/> (e.g. <c>Lang</c>, <c>StructTreeRoot</c>), resolved.</summary>
    public static IToken? Catalog(PdfDocument document, string key) =>
        document.Structure.Catalog.CatalogDictionary.Data.TryGetValue(key, out var token) ? Resolve(document, token) : null;

    /// <summary>The tagged structure in document order: each element's type (<c>H1</c>, <c>H2</c>, <c>P</c>…) with the text it marks.</summary>
    public static IReadOnlyList<(string Type, string Text)> StructureElements(PdfDocument document)
    {
        var marked = new Dictionary<(int Page, int Mcid), string>();
        foreach (var page in document.GetPages())
        {
            foreach (var content in page.GetMarkedContents())
            {
                marked[(page.Number, content.MarkedContentIdentifier)] = string.Concat(content.Letters.Select(l => l.Value));
            }
        }

        var pages = ((ArrayToken)Resolve(document, ((DictionaryToken)Catalog(document, "Pages")!).Data["Kids"])!)
            .Data.OfType<IndirectReferenceToken>().Select((reference, index) => (reference.Data, Number: index + 1))
            .ToDictionary(p => p.Data, p => p.Number);
        var elements = new List<(string, string)>();
        Walk(Catalog(document, "StructTreeRoot"), 0);
        return elements;

        string Text(IToken? kids, int page)
        {
            return Resolve(document, kids) switch
            {
                NumericToken mcid => marked.GetValueOrDefault((page, mcid.Int), string.Empty),
                ArrayToken array => string.Concat(array.Data.Select(k => Text(k, page))),
                DictionaryToken child => Text(child.Data.GetValueOrDefault("K"), PageOf(child, page)),
                _ => string.Empty,
            };
        }

        int PageOf(DictionaryToken element, int inherited) =>
            element.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken reference ? pages.GetValueOrDefault(reference.Data, inherited) : inherited;

        void Walk(IToken? token, int page)
        {
            switch (Resolve(document, token))
            {
                case ArrayToken array:
                    foreach (var item in array.Data)
                    {
                        Walk(item, page);
                    }

                    break;
                case DictionaryToken element:
                    var elementPage = PageOf(element, page);
                    if (element.Data.TryGetValue("S", out var type) && type is NameToken name)
                    {
                        elements.Add((name.Data, Text(element.Data.GetValueOrDefault("K"), elementPage)));
                    }

                    Walk(element.Data.GetValueOrDefault("K"), elementPage);
                    break;
            }
        }
    }

    /// <summary>For every element of <paramref name="type"/> (<c>LI</c>, say), the types of its child elements, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ChildTypes(PdfDocument document, string type)
    {
        var found = new List<IReadOnlyList<string>>();
        Walk(Catalog(document, "StructTreeRoot"));
        return found;

        IEnumerable<DictionaryToken> Children(IToken? kids) => Resolve(document, kids) switch
        {
            ArrayToken array => array.Data.SelectMany(k => Resolve(document, k) is DictionaryToken child ? [child] : Array.Empty<DictionaryToken>()),
            DictionaryToken child => [child],
            _ => [],
        };

        void Walk(IToken? token)
        {
            foreach (var element in Resolve(document, token) is DictionaryToken root ? Children(root.Data.GetValueOrDefault("K")) : [])
            {
                var name = element.Data.TryGetValue("S", out var s) && s is NameToken n ? n.Data : string.Empty;
                if (name == type)
                {
                    found.Add([.. Children(element.Data.GetValueOrDefault("K")).Select(c => c.Data.TryGetValue("S", out var t) && t is NameToken tn ? tn.Data : string.Empty)]);
                }

                Walk(element);
            }
        }
    }

    private static IToken? Resolve(PdfDocument document, IToken? token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
