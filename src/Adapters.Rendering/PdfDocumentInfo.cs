using System.Globalization;
using System.Reflection;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace ResumeExport.Adapters.Rendering;

/// <summary>
/// Small, dependency-free edits of the PDF Chromium prints. Chromium (Skia) writes the title from &lt;title&gt;, the
/// language and DisplayDocTitle, but no author, subject, keywords or XMP, and names itself as producer. Rewriting a PDF
/// is risky; appending to it is not: an incremental update (ISO 32000-1 §7.5.6) adds a new document-information
/// dictionary, an XMP metadata stream, a new revision of the catalog pointing at it, a cross-reference section for those
/// objects and a trailer pointing back at the original (/Prev). Readers take the last trailer and the last revision of
/// each object; the bytes Chromium wrote (structure tree, MarkInfo, outline) stay untouched.
/// </summary>
internal static partial class PdfDocumentInfo
{
    /// <summary>The product, not the browser, in Creator, Producer and xmp:CreatorTool.</summary>
    public const string Product = "ResumeExport";

    private static readonly string ProducerName = $"{Product} {ProductVersion()}";

    /// <summary>
    /// Returns the PDF with new document information, XMP metadata and catalog, or null when the file does not end in a
    /// classic cross-reference table and trailer (Skia's format today) or its catalog cannot be found; the caller then
    /// keeps Chromium's own metadata.
    /// </summary>
    public static byte[]? WithMetadata(byte[] pdf, PdfMetadata metadata, DateTimeOffset now)
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

        var catalog = Catalog(text, int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture));
        if (catalog is null)
        {
            return null;
        }

        var rootNumber = int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture);
        var infoNumber = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var metadataNumber = infoNumber + 1;
        var created = CreationDateEntry().Match(text);
        var createdDate = created.Success ? created.Groups[1].Value : PdfDate(now);
        var keywords = string.Join(", ", metadata.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()));
        var id = IdEntry().Match(trailer);

        var objects = new SortedDictionary<int, string>
        {
            [infoNumber] = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"<</Title {TextString(metadata.Title)}\n/Author {TextString(metadata.Author)}\n")
                .Append(string.IsNullOrWhiteSpace(metadata.Subject) ? string.Empty : $"/Subject {TextString(metadata.Subject)}\n")
                .Append(keywords.Length == 0 ? string.Empty : $"/Keywords {TextString(keywords)}\n")
                .Append(CultureInfo.InvariantCulture, $"/Creator ({Product})\n/Producer ({ProducerName})\n")
                .Append(CultureInfo.InvariantCulture, $"/CreationDate ({createdDate})\n/ModDate ({PdfDate(now)})>>").ToString(),
            [rootNumber] = NewCatalog(catalog, metadataNumber, metadata.Language),
        };

        // The XMP packet is UTF-8; the file is read as Latin-1, so its length and offsets count its bytes.
        var xmp = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Xmp(metadata, keywords, XmpDate(createdDate, now), now)));
        objects[metadataNumber] = $"<</Type /Metadata /Subtype /XML /Length {xmp.Length}>>\nstream\n{xmp}\nendstream";
        foreach (var (number, dictionary) in LinksWithAlternateText(text))
        {
            objects[number] = dictionary;
        }

        var update = new StringBuilder();
        update.Append(pdf[^1] is (byte)'\n' or (byte)'\r' ? string.Empty : "\n");
        var offsets = new SortedDictionary<int, int>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = pdf.Length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xrefOffset = pdf.Length + update.Length;

        // One subsection per object, in ascending order. Each entry is exactly 20 bytes: 10-digit offset, 5-digit
        // generation, 'n', two-byte end of line.
        update.Append("xref\n");
        foreach (var (number, offset) in offsets)
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {metadataNumber + 1}\n/Root {rootNumber} 0 R\n/Info {infoNumber} 0 R\n")
            .Append(id.Success ? $"/ID {id.Groups[1].Value}\n" : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"/Prev {previousXref.Groups[1].Value}>>\nstartxref\n{xrefOffset}\n%%EOF\n");

        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    /// <summary>
    /// Counts page objects (leaves of the page tree, so nested trees count right). Skia writes every object uncompressed
    /// and compresses only stream contents, so the dictionaries are plain text and "/Type /Pages" nodes are excluded.
    /// </summary>
    public static int CountPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    /// <summary>The last revision of the catalog's dictionary ("&lt;&lt; /Type /Catalog … &gt;&gt;"), or null.</summary>
    private static string? Catalog(string text, int number)
    {
        var start = CatalogObject(number).Matches(text).LastOrDefault();
        if (start is null)
        {
            return null;
        }

        var end = text.IndexOf("endobj", start.Index + start.Length, StringComparison.Ordinal);
        var dictionary = end < 0 ? string.Empty : text[(start.Index + start.Length)..end].Trim();
        return dictionary.StartsWith("<<", StringComparison.Ordinal) && dictionary.EndsWith(">>", StringComparison.Ordinal)
            && dictionary.Contains("/Catalog", StringComparison.Ordinal) ? dictionary : null;
    }

    /// <summary>
    /// New revisions of Chromium's link annotations and Link structure elements, which it writes without alternate text:
    /// the annotation gets /Contents and the element /Alt, both the link's target as printed in the URI action (a PDF
    /// string already). Skia writes these dictionaries as plain text without streams, so each is "N 0 obj &lt;&lt;…&gt;&gt; endobj".
    /// </summary>
    private static IEnumerable<(int Number, string Dictionary)> LinksWithAlternateText(string text)
    {
        var targets = new Dictionary<int, string>();
        var elements = new List<(int Number, string Dictionary, int Annotation)>();
        foreach (Match match in PlainObject().Matches(text))
        {
            var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
            var dictionary = match.Groups["dictionary"].Value;
            if (LinkAnnotation().IsMatch(dictionary) && UriEntry().Match(dictionary) is { Success: true } uri)
            {
                targets[number] = uri.Groups[1].Value;
                if (!dictionary.Contains("/Contents", StringComparison.Ordinal))
                {
                    yield return (number, $"{dictionary[..^2]}\n/Contents {uri.Groups[1].Value}>>");
                }
            }
            else if (LinkElement().IsMatch(dictionary) && ObjectReference().Match(dictionary) is { Success: true } annotation
                && !dictionary.Contains("/Alt", StringComparison.Ordinal))
            {
                elements.Add((number, dictionary, int.Parse(annotation.Groups[1].Value, CultureInfo.InvariantCulture)));
            }
        }

        foreach (var (number, dictionary, annotation) in elements)
        {
            if (targets.TryGetValue(annotation, out var target))
            {
                yield return (number, $"{dictionary[..^2]}\n/Alt {target}>>");
            }
        }
    }

    /// <summary>The catalog with our /Metadata, and /Lang and /ViewerPreferences when Chromium left them out.</summary>
    private static string NewCatalog(string catalog, int metadataNumber, string language)
    {
        var entries = new StringBuilder(MetadataEntry().Replace(catalog[..^2], string.Empty).TrimEnd());
        entries.Append(CultureInfo.InvariantCulture, $"\n/Metadata {metadataNumber} 0 R");
        if (!catalog.Contains("/Lang", StringComparison.Ordinal))
        {
            entries.Append($"\n/Lang {TextString(language)}");
        }

        if (!catalog.Contains("/ViewerPreferences", StringComparison.Ordinal))
        {
            entries.Append("\n/ViewerPreferences <</DisplayDocTitle true>>");
        }

        return entries.Append("\n>>").ToString();
    }

    /// <summary>An XMP packet (ISO 16684-1) saying what the information dictionary says.</summary>
    private static string Xmp(PdfMetadata metadata, string keywords, string created, DateTimeOffset now)
    {
        var language = Xml(metadata.Language);
        var description = string.IsNullOrWhiteSpace(metadata.Subject)
            ? string.Empty
            : $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{Xml(metadata.Subject)}</rdf:li></rdf:Alt></dc:description>\n";
        var subject = metadata.Keywords.Count == 0
            ? string.Empty
            : $"<dc:subject><rdf:Bag>{string.Concat(metadata.Keywords.Select(k => $"<rdf:li>{Xml(k.Trim())}</rdf:li>"))}</rdf:Bag></dc:subject>\n";
        return $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Xml(metadata.Title)}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>{Xml(metadata.Author)}</rdf:li></rdf:Seq></dc:creator>
            {description}{subject}<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
            <pdf:Keywords>{Xml(keywords)}</pdf:Keywords>
            <pdf:Producer>{Xml(ProducerName)}</pdf:Producer>
            <xmp:CreatorTool>{Product}</xmp:CreatorTool>
            <xmp:CreateDate>{created}</xmp:CreateDate>
            <xmp:ModifyDate>{now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}</xmp:ModifyDate>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }

    private static string PdfDate(DateTimeOffset now) => now.UtcDateTime.ToString("'D:'yyyyMMddHHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Skia's "D:20261207021646+01'00'" (or our own "D:…Z") as XMP's "2026-12-07T01:16:46Z"; now when unreadable.</summary>
    private static string XmpDate(string pdfDate, DateTimeOffset now)
    {
        var match = PdfDateParts().Match(pdfDate);
        var date = now.UtcDateTime;
        if (match.Success && DateTime.TryParseExact(match.Groups["local"].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var local))
        {
            var offset = match.Groups["sign"].Success
                ? (match.Groups["sign"].Value == "-" ? -1 : 1) * new TimeSpan(int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture),
                    int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture), 0)
                : TimeSpan.Zero;
            date = local - offset;
        }

        return date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static string Xml(string? value) => SecurityElement.Escape(value ?? string.Empty);

    private static string ProductVersion()
    {
        var version = typeof(PdfDocumentInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        var build = version.IndexOf('+', StringComparison.Ordinal);
        return build < 0 ? version : version[..build];
    }

    /// <summary>A PDF text string in UTF-16BE with a byte-order mark, as hex: any name, accents or CJK, nothing to escape.</summary>
    private static string TextString(string? value) =>
        $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value ?? string.Empty))}>";

    private static Regex CatalogObject(int number) => new($@"(?<![0-9]){number}\s+0\s+obj", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"(?<![0-9])(?<number>\d+) 0 obj\s*(?<dictionary><<(?:(?!endobj|stream).)*?>>)\s*endobj", RegexOptions.Singleline)]
    private static partial Regex PlainObject();

    [GeneratedRegex(@"/Type\s*/Annot\b.*/Subtype\s*/Link\b|/Subtype\s*/Link\b.*/Type\s*/Annot\b", RegexOptions.Singleline)]
    private static partial Regex LinkAnnotation();

    [GeneratedRegex(@"/URI\s*(\((?:\\.|[^()\\])*\))")]
    private static partial Regex UriEntry();

    [GeneratedRegex(@"/Type\s*/StructElem\b.*/S\s*/Link\b|/S\s*/Link\b.*/Type\s*/StructElem\b", RegexOptions.Singleline)]
    private static partial Regex LinkElement();

    [GeneratedRegex(@"/Type\s*/OBJR\s*/Obj\s+(\d+)\s+0\s+R")]
    private static partial Regex ObjectReference();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeEntry();

    [GeneratedRegex(@"/Root\s+(\d+)\s+\d+\s+R")]
    private static partial Regex RootEntry();

    [GeneratedRegex(@"/Metadata\s+\d+\s+\d+\s+R")]
    private static partial Regex MetadataEntry();

    [GeneratedRegex(@"/ID\s*(\[[^\]]*\])")]
    private static partial Regex IdEntry();

    [GeneratedRegex(@"\Gstartxref\s+(\d+)")]
    private static partial Regex StartXrefValue();

    [GeneratedRegex(@"/CreationDate\s*\(([^()\\]*)\)")]
    private static partial Regex CreationDateEntry();

    [GeneratedRegex(@"^D:(?<local>\d{14})(?:(?<sign>[+-])(?<hours>\d{2})'(?<minutes>\d{2}))?")]
    private static partial Regex PdfDateParts();

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
