using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// Reads right-to-left text back from a PDF in logical (typed) order. PdfPig hands over letters in content-stream order,
/// and Chromium (HarfBuzz, Skia) draws a right-to-left run in visual order, left to right on the page, with Arabic in its
/// presentation forms; pdftotext does the same but wraps runs in bidi embedding marks. So a line is read word by word
/// from the right, each right-to-left word's letters reversed, then NFKC folds presentation forms back to letters
/// ("ﺣﺪاد" → "حداد"). A left-to-right line is read from the left, as PdfPig's own words.
/// </summary>
internal static class PdfReadingOrder
{
    /// <summary>One word as typed, with where it is printed.</summary>
    public sealed record Word(string Text, PdfRectangle Box);

    /// <summary>
    /// Where <paramref name="phrase"/> is printed: consecutive words of one baseline, read in the given direction, equal to
    /// its words (case aside: templates may print headings in capitals). Null when no line holds it.
    /// </summary>
    public static PdfRectangle? Find(Page page, string phrase, bool rightToLeft)
    {
        var wanted = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Normalize(NormalizationForm.FormKC)).ToArray();
        foreach (var line in Lines(page, rightToLeft))
        {
            for (var start = 0; start + wanted.Length <= line.Count; start++)
            {
                if (wanted.Select((w, i) => string.Equals(w, line[start + i].Text, StringComparison.OrdinalIgnoreCase)).All(same => same))
                {
                    var boxes = line.Skip(start).Take(wanted.Length).Select(w => w.Box).ToList();
                    return new PdfRectangle(boxes.Min(b => b.Left), boxes.Min(b => b.Bottom), boxes.Max(b => b.Right), boxes.Max(b => b.Top));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The words of each baseline, top to bottom, in reading order for <paramref name="rightToLeft"/>. Words are cut at
    /// spaces and at gaps wider than half the type size (columns), not by PdfPig's word extractor: letter-spaced Hebrew
    /// headings would come apart letter by letter.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Word>> Lines(Page page, bool rightToLeft) =>
        [.. page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .OrderByDescending(g => g.Key)
            .Select(g => Words([.. g.OrderBy(Start)]))
            .Select(words => (IReadOnlyList<Word>)[.. rightToLeft ? words.OrderByDescending(w => w.Box.Left) : words.OrderBy(w => w.Box.Left)])];

    /// <summary>
    /// The bullet markers of the page, top to bottom: small shapes Chromium paints (they are no text), filled or stroked,
    /// under 7.5pt wide. Discs, squares and rings are about as tall as wide; <paramref name="bars"/> asks for short
    /// horizontal bars instead (at least twice as wide as tall), so a template's round item markers are not taken for bullets.
    /// </summary>
    public static IReadOnlyList<PdfRectangle> BulletMarkers(Page page, bool bars = false) =>
        [.. page.Paths.Where(p => p.IsFilled || p.IsStroked).Select(p => p.GetBoundingRectangle()).OfType<PdfRectangle>()
            .Where(r => r.Width is > 1.5 and < 7.5)
            .Where(r => bars ? r.Height > 0.2 && r.Width >= 2 * r.Height : Math.Abs(r.Width - r.Height) < 1)
            .OrderByDescending(r => r.Bottom)];

    private static List<Word> Words(IReadOnlyList<Letter> letters)
    {
        var words = new List<Word>();
        var current = new List<Letter>();
        foreach (var letter in letters)
        {
            var gap = current.Count == 0 ? 0 : Start(letter) - End(current[^1]);
            if (string.IsNullOrWhiteSpace(letter.Value) || gap > 0.5 * Math.Max(letter.PointSize, 4))
            {
                Flush();
            }

            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                current.Add(letter);
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Count > 0)
            {
                var boxes = current.Select(l => l.BoundingBox).ToList();
                words.Add(new Word(
                    Typed(current),
                    new PdfRectangle(boxes.Min(b => Math.Min(b.Left, b.Right)), boxes.Min(b => b.Bottom), boxes.Max(b => Math.Max(b.Left, b.Right)), boxes.Max(b => b.Top))));
                current = [];
            }
        }
    }

    private static double Start(Letter letter) => Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);

    private static double End(Letter letter) => Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);

    private static string Typed(IReadOnlyList<Letter> letters)
    {
        var text = string.Concat(letters.Select(l => l.Value)).Normalize(NormalizationForm.FormKC);
        return text.Any(IsRightToLeftLetter) ? string.Concat(letters.Reverse().Select(l => l.Value)).Normalize(NormalizationForm.FormKC) : text;
    }

    /// <summary>Hebrew, Arabic, Syriac, Thaana (after NFKC, presentation forms are these).</summary>
    private static bool IsRightToLeftLetter(char c) => c is >= '\u0590' and <= '\u08FF';
}
