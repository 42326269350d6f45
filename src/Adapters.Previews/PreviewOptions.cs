using System.ComponentModel.DataAnnotations;

namespace ResumeExport.Adapters.Previews;

/// <summary>How export previews are drawn (section <c>Previews</c>): MuPDF's <c>mutool</c>, found by path.</summary>
public sealed class PreviewOptions
{
    public const string SectionName = "Previews";

    /// <summary>Debian's and Ubuntu's <c>mupdf-tools</c> package installs here.</summary>
    [Required]
    public string MutoolPath { get; set; } = "/usr/bin/mutool";

    /// <summary>
    /// Drawings at once in this process. One takes ~20 ms of one core; the rest wait (up to <see cref="Timeout"/>), so a
    /// burst of first views cannot take every core from the API's other requests.
    /// </summary>
    [Range(1, 64)]
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>Budget for one preview, waiting for a free slot included; past it the request answers 503 and the next view tries again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
