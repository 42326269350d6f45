using System.Diagnostics;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>Poppler's and MuPDF's command-line readers on a PDF in memory: what a user's viewer or an ATS would see.</summary>
internal static class PdfTools
{
    /// <summary>pdffonts' table: one row per font (name, type, encoding, emb, sub, uni).</summary>
    public static IReadOnlyList<PdfFontRow> Fonts(byte[] pdf) =>
        [.. Run("pdffonts", pdf).Split('\n').Skip(2).Where(line => line.Trim().Length > 0).Select(PdfFontRow.Parse)];

    /// <summary>The text in reading order (pdftotext, UTF-8).</summary>
    public static string Text(byte[] pdf) => Run("pdftotext", pdf, "-enc", "UTF-8", "{0}", "-");

    /// <summary>pdfinfo's "Title: …" lines.</summary>
    public static string Info(byte[] pdf) => Run("pdfinfo", pdf, "-enc", "UTF-8", "{0}");

    /// <summary>The XMP metadata stream, as pdfinfo -meta prints it.</summary>
    public static string Xmp(byte[] pdf) => Run("pdfinfo", pdf, "-meta", "{0}");

    /// <summary>One object of the PDF as mutool prints it, e.g. "trailer/Root".</summary>
    public static string Show(byte[] pdf, string path) => Run("mutool", pdf, "show", "{0}", path);

    private static string Run(string program, byte[] pdf, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"resume-export-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            string[] withFile = arguments.Length == 0 ? [file] : [.. arguments.Select(a => a == "{0}" ? file : a)];
            using var process = Process.Start(new ProcessStartInfo(program, withFile) { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException($"{program} did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} did not finish within a minute.");
            }

            return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"{program} exited {process.ExitCode}: {errors.Result}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
