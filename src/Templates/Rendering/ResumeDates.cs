using System.Globalization;

namespace ResumeExport.Templates.Rendering;

/// <summary>"Jan 2020 – Present": month names from the invariant culture, so a server's locale never changes a resume.</summary>
internal static class ResumeDates
{
    private const string EnDash = "\u2013";

    public static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An open range ends "Present"; an item without a start shows only what it has.</summary>
    public static string Range(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => string.Empty,
        (null, { } only) => Month(only),
        ({ } from, null) => $"{Month(from)} {EnDash} Present",
        ({ } from, { } to) when from.Year == to.Year && from.Month == to.Month => Month(from),
        ({ } from, { } to) => $"{Month(from)} {EnDash} {Month(to)}",
    };
}
