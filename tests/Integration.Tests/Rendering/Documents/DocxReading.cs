using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResumeExport.Adapters.Rendering.Documents;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>What the tests read out of a DOCX and what they expect of it.</summary>
internal static class DocxReading
{
    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);

    public static IReadOnlyList<Paragraph> Paragraphs(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()];

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static string TextOf(Paragraph paragraph) => string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));

    public static IReadOnlyList<string> TextsInStyle(WordprocessingDocument document, string style) =>
        [.. Paragraphs(document).Where(p => StyleOf(p) == style).Select(TextOf)];

    /// <summary>The outline's sections in the order the design prints them (compact: its side column's kinds last).</summary>
    public static IReadOnlyList<ResumeOutlineSection> SectionsInPrintOrder(ResumeOutline outline, WordDesign design) =>
        [.. outline.Sections.Where(s => !design.LaterKinds.Contains(s.Kind)), .. outline.Sections.Where(s => design.LaterKinds.Contains(s.Kind))];

    /// <summary>Section headings, item titles and bullets in the order a reader meets them.</summary>
    public static IReadOnlyList<string> Landmarks(ResumeOutline outline, WordDesign design) =>
    [
        .. SectionsInPrintOrder(outline, design).SelectMany(section => new[] { section.Heading }
            .Concat(section.Items.SelectMany(item => (item.Title is null ? [] : new[] { item.Title }).Concat(section.IsList ? [] : item.Bullets)))),
    ];

    /// <summary>
    /// Text compared without spaces or line breaks (a PDF wraps where it likes), in upper case (headings print in capitals),
    /// NFKC (a PDF may hold Arabic presentation forms).
    /// </summary>
    public static string Comparable(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized.Where(c => !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The landmarks that are not found after the ones before them (empty when all are, in order). A landmark is found
    /// where the text holds it, or where it holds exactly its characters in another order: pdftotext gives Arabic
    /// ligatures (lam-alef), digits and signs in right-to-left lines in visual order ("٪٤٠" for "٤٠٪"), and may move a
    /// word of a justified Arabic line to the line's other end.
    /// </summary>
    public static IReadOnlyList<string> MissingInOrder(string text, IReadOnlyList<string> landmarks)
    {
        var haystack = Comparable(text);
        var position = 0;
        var missing = new List<string>();
        foreach (var landmark in landmarks.Select(Comparable))
        {
            var found = haystack.IndexOf(landmark, position, StringComparison.Ordinal);
            found = found >= 0 ? found : IndexOfSameCharacters(haystack, landmark, position);
            if (found < 0)
            {
                missing.Add(landmark);
            }
            else
            {
                position = found + landmark.Length;
            }
        }

        return missing;
    }

    /// <summary>The first window at or after <paramref name="start"/> holding exactly <paramref name="needle"/>'s characters.</summary>
    private static int IndexOfSameCharacters(string haystack, string needle, int start)
    {
        if (needle.Length == 0 || haystack.Length - start < needle.Length)
        {
            return -1;
        }

        var balance = new Dictionary<char, int>();
        foreach (var c in needle)
        {
            balance[c] = balance.GetValueOrDefault(c) + 1;
        }

        var unmatched = balance.Count;
        void Take(char c, int delta)
        {
            var before = balance.GetValueOrDefault(c);
            var after = before + delta;
            balance[c] = after;
            unmatched += (before == 0 ? 1 : 0) - (after == 0 ? 1 : 0);
        }

        for (var i = start; i < haystack.Length; i++)
        {
            Take(haystack[i], -1);
            if (i - start >= needle.Length)
            {
                Take(haystack[i - needle.Length], +1);
            }

            if (i - start >= needle.Length - 1 && unmatched == 0)
            {
                return i - needle.Length + 1;
            }
        }

        return -1;
    }
}
