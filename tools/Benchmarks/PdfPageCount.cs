using System.Text;
using System.Text.RegularExpressions;

namespace ResumeExport.Benchmarks;

/// <summary>Pages of a Chromium PDF (its page dictionaries are uncompressed text), so the reference printers need none of our code.</summary>
internal static partial class PdfPageCount
{
    public static int Of(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
