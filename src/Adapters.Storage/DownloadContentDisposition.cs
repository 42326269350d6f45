using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace ResumeExport.Adapters.Storage;

/// <summary>
/// RFC 6266 / 5987: an ASCII fallback name plus the UTF-8 one in <c>filename*</c>, since some servers (s3rver) reject
/// non-ASCII header bytes.
/// </summary>
internal static class DownloadContentDisposition
{
    private const string FallbackName = "export";

    public static string Attachment(string downloadFileName)
    {
        var name = Clean(downloadFileName);
        var ascii = AsciiFallback(name);
        var header = new ContentDispositionHeaderValue("attachment") { FileName = Quote(ascii) };
        if (!string.Equals(ascii, name, StringComparison.Ordinal))
        {
            header.FileNameStar = name;
        }

        return header.ToString();
    }

    private static string Clean(string? fileName)
    {
        var builder = new StringBuilder();
        foreach (var c in Path.GetFileName(fileName ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            if (!char.IsControl(c) && c is not ('"' or '\\' or '/'))
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString().Trim();
        return cleaned.Length == 0 ? FallbackName : cleaned;
    }

    private static string AsciiFallback(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is >= ' ' and <= '~' ? c : '_');
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Quote(string value) => "\"" + value + "\"";
}
