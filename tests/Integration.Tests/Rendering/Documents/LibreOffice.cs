using System.Diagnostics;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>
/// LibreOffice Writer headless (Debian libreoffice-writer-nogui, installed by deploy/services/up.sh) as an independent
/// reader of our DOCX files: what it prints to PDF is what a user's word processor shows. Each run has its own profile,
/// so parallel runs never share LibreOffice's lock, and a deadline, so a hung conversion fails the test.
/// </summary>
internal static class LibreOffice
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    /// <summary>Converts every file to PDF beside itself (one soffice start for all, it is slow to start).</summary>
    public static void ConvertToPdf(DirectoryInfo directory, IReadOnlyList<string> files)
    {
        var soffice = Which("soffice")
            ?? throw new InvalidOperationException(
                "soffice (LibreOffice) is not installed: the DOCX tests read every document back with it. Install it with "
                + "`bash deploy/services/up.sh` (apt package libreoffice-writer-nogui).");
        var profile = Directory.CreateTempSubdirectory("re-lo-profile-");
        try
        {
            var arguments = new List<string>
            {
                $"-env:UserInstallation={new Uri(profile.FullName).AbsoluteUri}", "--headless", "--norestore", "--nolockcheck",
                "--convert-to", "pdf", "--outdir", directory.FullName,
            };
            arguments.AddRange(files.Select(f => Path.Combine(directory.FullName, f)));
            using var process = Process.Start(new ProcessStartInfo(soffice, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Deadline))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice did not convert {files.Count} documents within {Deadline}.");
            }

            var missing = files.Where(f => !File.Exists(Path.Combine(directory.FullName, Path.ChangeExtension(f, ".pdf")))).ToList();
            if (process.ExitCode != 0 || missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"soffice exited {process.ExitCode}; no PDF for {string.Join(", ", missing)}.\n{output.Result}\n{errors.Result}");
            }
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>The PDF's text in reading order (poppler's pdftotext, UTF-8).</summary>
    public static string PdfText(string pdf) => Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]);

    /// <summary>pdfinfo's "Page size: 595.276 x 841.89 pts (A4)" line.</summary>
    public static string PdfInfo(string pdf) => Run("pdfinfo", [pdf]);

    private static string Run(string program, IReadOnlyList<string> arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
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

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
