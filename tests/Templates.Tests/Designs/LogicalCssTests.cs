using System.Text.RegularExpressions;

namespace ResumeExport.Templates.Tests.Designs;

/// <summary>
/// A template's CSS names sides logically (margin-inline-start, text-align: end…), never left or right, so that
/// <c>dir="rtl"</c> alone mirrors the whole page. Every template in the catalogue is held to it, new ones included.
/// </summary>
public sealed partial class LogicalCssTests
{
    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [TestCaseSource(nameof(TemplateKeys))]
    public void No_stylesheet_names_a_physical_side(string key)
    {
        var css = Stylesheet(ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4));

        Assert.That(css, Is.Not.Empty);
        Assert.That(PhysicalSide().Matches(css).Select(m => m.Value), Is.Empty, $"{key}: use margin-inline-*, padding-inline-*, border-inline-*, inset-inline-*, text-align: start/end");
    }

    [Test]
    public void The_check_catches_each_physical_property()
    {
        string[] physical =
        [
            "margin-left: 1pt", "margin-right:0", "padding-left: 2pt", "padding-right: 2pt", "border-left: none", "border-right-color: red",
            "text-align: left", "text-align:right", "float: left", "float:right", "clear: left", "left: 0", "right:4pt",
            "border-top-left-radius: 2pt", "background-position: left top", "margin: 0 0 0 14pt;",
        ];
        string[] logical =
        [
            "margin-inline-start: 1pt", "padding-inline: 2pt 0", "border-inline-start: none", "text-align: end", "inset-inline-end: 0",
            "margin: 3pt 0 0;", "margin-block: 3pt 0", "padding: 1pt 7pt;", "padding: 17mm 18mm 9mm;", "margin: 3pt 0 0 0;", "padding: 1pt 2pt 3pt 2pt }",
        ];

        Assert.Multiple(() =>
        {
            foreach (var rule in physical)
            {
                Assert.That(PhysicalSide().IsMatch(rule), Is.True, rule);
            }

            foreach (var rule in logical)
            {
                Assert.That(PhysicalSide().IsMatch(rule), Is.False, rule);
            }
        });
    }

    /// <summary>The template's own CSS: the style element without the page box (@page margins are the paper's, not the text's).</summary>
    private static string Stylesheet(string html)
    {
        var style = StyleElement().Match(html).Groups[1].Value;
        return PageRule().Replace(style, string.Empty);
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"@page[^{]*\{[^}]*\}")]
    private static partial Regex PageRule();

    /// <summary>
    /// Physical sides: a left or right property or value (margin-left, border-top-left-radius, left: 0, text-align:
    /// right, float: left…), and a four-value margin or padding shorthand whose right and left differ (rules end in ";" or "}").
    /// </summary>
    [GeneratedRegex(@"(?<![\w-])(?:[\w-]*-)?(?:left|right)(?:-[\w-]+)?\s*:|:\s*[^;{}]*\b(?:left|right)\b|(?<![\w-])(?:margin|padding)\s*:\s*[^\s;{}]+\s+([^\s;{}]+)\s+[^\s;{}]+\s+(?!\1\s*[;}])[^\s;{}]+\s*[;}]")]
    private static partial Regex PhysicalSide();
}
