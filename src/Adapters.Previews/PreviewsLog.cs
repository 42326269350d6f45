using Microsoft.Extensions.Logging;

namespace ResumeExport.Adapters.Previews;

/// <summary>Preview logs. They carry sizes, times and mutool's own words, never the PDF's content.</summary>
internal static partial class PreviewsLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Debug, Message = "Drew a {WidthPx} px preview of a {PdfBytes} byte PDF: {PngBytes} bytes in {ElapsedMs} ms")]
    public static partial void Drawn(ILogger logger, int widthPx, int pdfBytes, int pngBytes, long elapsedMs);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "mutool could not draw a {PdfBytes} byte PDF (exit code {ExitCode}): {Error}")]
    public static partial void DrawFailed(ILogger logger, int pdfBytes, int exitCode, string error);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Drawing a preview took longer than {Timeout}; mutool was stopped")]
    public static partial void DrawTimedOut(ILogger logger, TimeSpan timeout);
}
