using System.Text.RegularExpressions;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>A row of pdffonts: "AAAAAA+NotoSans-Bold  CID TrueType  Identity-H  yes yes yes  4  0".</summary>
internal sealed partial record PdfFontRow(string Name, string Type, bool Embedded, bool Subset, bool ToUnicode)
{
    public static PdfFontRow Parse(string line)
    {
        var match = Row().Match(line);
        return match.Success
            ? new PdfFontRow(match.Groups["name"].Value, match.Groups["type"].Value.Trim(), match.Groups["emb"].Value == "yes",
                match.Groups["sub"].Value == "yes", match.Groups["uni"].Value == "yes")
            : throw new FormatException($"Not a pdffonts row: {line}");
    }

    public override string ToString() => $"{Name} ({Type}{(Embedded ? string.Empty : ", not embedded")}{(Subset ? string.Empty : ", whole")}{(ToUnicode ? string.Empty : ", no ToUnicode")})";

    [GeneratedRegex(@"^(?<name>\S+)\s+(?<type>.+?)\s+(?<enc>\S+)\s+(?<emb>yes|no)\s+(?<sub>yes|no)\s+(?<uni>yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex Row();
}
