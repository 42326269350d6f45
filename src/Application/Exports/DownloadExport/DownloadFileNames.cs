using System.Text;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.DownloadExport;

/// <summary>From the title, keeping letters (any script), digits, spaces and - _ . only, with the format's extension.</summary>
public static class DownloadFileNames
{
    public const int MaxLength = 100;

    public static string For(string title, string format = ExportFormats.Pdf)
    {
        var name = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' ')
            {
                name.Append(c);
            }
        }

        var cleaned = string.Join(' ', name.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (cleaned.Length > MaxLength)
        {
            cleaned = cleaned[..MaxLength].TrimEnd('.', ' ');
        }

        return (cleaned.Length == 0 ? "resume" : cleaned) + "." + ExportFormats.ExtensionOf(format);
    }
}
