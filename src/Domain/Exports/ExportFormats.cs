namespace ResumeExport.Domain.Exports;

/// <summary>The document formats an export can produce, spelled as on the wire, with what a download needs to know.</summary>
public static class ExportFormats
{
    public const string Pdf = "pdf";
    public const string Docx = "docx";
    public const string Markdown = "markdown";
    public const string Text = "text";

    /// <summary>In the order the API lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Pdf, Docx, Markdown, Text];

    public static bool IsKnown(string? format) => format is not null && All.Contains(format, StringComparer.Ordinal);

    /// <summary>Only PDFs need a browser; the other formats are written directly (docs/decisions).</summary>
    public static bool NeedsBrowser(string format) => string.Equals(format, Pdf, StringComparison.Ordinal);

    /// <exception cref="ArgumentOutOfRangeException">Not one of <see cref="All"/>.</exception>
    public static string ContentTypeOf(string format) => format switch
    {
        Pdf => "application/pdf",
        Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Markdown => "text/markdown; charset=utf-8",
        Text => "text/plain; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    /// <summary>The download file name's extension, without the dot.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not one of <see cref="All"/>.</exception>
    public static string ExtensionOf(string format) => format switch
    {
        Pdf => "pdf",
        Docx => "docx",
        Markdown => "md",
        Text => "txt",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };

    /// <summary>How a message to a person names the file: "the PDF is attached".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not one of <see cref="All"/>.</exception>
    public static string DisplayNameOf(string format) => format switch
    {
        Pdf => "PDF",
        Docx => "Word document",
        Markdown => "Markdown file",
        Text => "text file",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}
