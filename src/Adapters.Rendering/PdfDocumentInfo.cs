using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// Small, dependency-free edits of the PDF Chromium prints. Chromium (Skia) writes the title from &lt;title&gt; but never an
/// author, and ignores &lt;meta name="author"&gt;. Rewriting a PDF is risky; appending to it is not: an incremental update
/// (ISO 32000-1 §7.5.6) adds a new document-information dictionary, a one-entry cross-reference section and a trailer
/// pointing back at the original (/Prev). Readers take the last trailer, so they see our /Title and /Author; the bytes
/// Chromium wrote stay untouched.
/// </summary>
internal static partial class PdfDocumentInfo
{
    /// <summary>
    /// Returns the PDF with a new information dictionary, or null when the file does not end in a classic
    /// cross-reference table and trailer (Skia's format today); the caller then keeps Chromium's own metadata.
    /// </summary>
    public static byte[]? WithTitleAndAuthor(byte[] pdf, string title, string author, DateTimeOffset now)
    {
        // Latin-1 maps bytes 1:1 to chars, so offsets found in the text are byte offsets in the file.
        var text = Encoding.Latin1.GetString(pdf);
        var trailerStart = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var startXrefStart = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerStart < 0 || startXrefStart < trailerStart)
        {
            return null;
        }

        var trailer = text[trailerStart..startXrefStart];
        var size = SizeEntry().Match(trailer);
        var root = RootEntry().Match(trailer);
        var previousXref = StartXrefValue().Match(text, startXrefStart);
        if (!size.Success || !root.Success || !previousXref.Success)
        {
            return null;
        }

        var infoNumber = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var producer = ProducerEntry().Match(text);
        var created = CreationDateEntry().Match(text);
        var date = now.UtcDateTime.ToString("'D:'yyyyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
        var id = IdEntry().Match(trailer);

        var update = new StringBuilder();
        update.Append(pdf[^1] is (byte)'\n' or (byte)'\r' ? string.Empty : "\n");
        var objectOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{infoNumber} 0 obj\n<</Title {TextString(title)}\n/Author {TextString(author)}\n")
            .Append("/Creator (ResumeExport)\n")
            .Append(producer.Success ? $"/Producer ({producer.Groups[1].Value})\n" : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"/CreationDate ({(created.Success ? created.Groups[1].Value : date)})\n/ModDate ({date})>>\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;

        // Each cross-reference entry is exactly 20 bytes: 10-digit offset, 5-digit generation, 'n', two-byte end of line.
        update.Append(CultureInfo.InvariantCulture, $"xref\n{infoNumber} 1\n{objectOffset:D10} 00000 n \n")
            .Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {infoNumber + 1}\n/Root {root.Groups[1].Value}\n/Info {infoNumber} 0 R\n")
            .Append(id.Success ? $"/ID {id.Groups[1].Value}\n" : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"/Prev {previousXref.Groups[1].Value}>>\nstartxref\n{xrefOffset}\n%%EOF\n");

        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    /// <summary>
    /// Counts page objects (leaves of the page tree, so nested trees count right). Skia writes every object uncompressed
    /// and compresses only stream contents, so the dictionaries are plain text and "/Type /Pages" nodes are excluded.
    /// </summary>
    public static int CountPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    /// <summary>A PDF text string in UTF-16BE with a byte-order mark, as hex: any name, accents or CJK, nothing to escape.</summary>
    private static string TextString(string value) =>
        $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value))}>";

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+\s+R)")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/ID\s*(\[[^\]]*\])")]
    private static partial Regex IdEntry();

    [GeneratedRegex(@"\Gstartxref\s+(\d+)")]
    private static partial Regex StartXrefValue();

    [GeneratedRegex(@"/Producer\s*\(([^()\\]*)\)")]
    private static partial Regex ProducerEntry();

    [GeneratedRegex(@"/CreationDate\s*\(([^()\\]*)\)")]
    private static partial Regex CreationDateEntry();

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
