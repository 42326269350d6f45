using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports.Previews;

namespace ResumeExport.Adapters.Previews;

/// <summary>
/// Draws page 1 of a PDF with MuPDF (<c>mutool draw</c>), a child process per preview: ~20 ms of CPU for a resume page
/// here, less than Chromium's screenshot of the same page (~30 ms, docs/performance.md), and the picture is the printed
/// page itself rather than the screen's layout of it. The PDF goes through a private temporary file (mutool seeks in its
/// input); the PNG comes back on standard output. No shell is involved and the arguments are ours alone.
/// </summary>
internal sealed class MuPdfPageRasterizer(IOptions<PreviewOptions> options, ILogger<MuPdfPageRasterizer> logger) : IPdfPageRasterizer, IDisposable
{
    private readonly PreviewOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrent, options.Value.MaxConcurrent);

    public async Task<byte[]> FirstPageAsPngAsync(byte[] pdf, int widthPx, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthPx);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.Timeout);
        try
        {
            await _slots.WaitAsync(budget.Token);
            try
            {
                return await DrawAsync(pdf, widthPx, budget.Token);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            PreviewsLog.DrawTimedOut(logger, _options.Timeout);
            throw new PdfRasterizingException($"The preview took longer than {_options.Timeout}.", exception);
        }
    }

    public void Dispose() => _slots.Dispose();

    private async Task<byte[]> DrawAsync(byte[] pdf, int widthPx, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        var input = Path.Combine(Path.GetTempPath(), $"resume-export-preview-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(input, pdf, cancellationToken);
            var start = new ProcessStartInfo(_options.MutoolPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["draw", "-q", "-w", widthPx.ToString(CultureInfo.InvariantCulture), "-F", "png", "-o", "-", input, "1"])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new PdfRasterizingException("mutool did not start.");
            try
            {
                using var png = new MemoryStream();
                var output = process.StandardOutput.BaseStream.CopyToAsync(png, cancellationToken);
                var error = process.StandardError.ReadToEndAsync(cancellationToken);
                await Task.WhenAll(output, error, process.WaitForExitAsync(cancellationToken));
                if (process.ExitCode != 0 || png.Length == 0)
                {
                    PreviewsLog.DrawFailed(logger, pdf.Length, process.ExitCode, (await error).Trim());
                    throw new PdfRasterizingException($"mutool exited with code {process.ExitCode}.");
                }

                PreviewsLog.Drawn(logger, widthPx, pdf.Length, (int)png.Length, elapsed.ElapsedMilliseconds);
                return png.ToArray();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
        finally
        {
            File.Delete(input);
        }
    }
}
