namespace ResumeExport.Templates.Rendering;

/// <summary>
/// "Feb 2020 – Present", "Feb. 2020 – heute", "2020年2月 – 現在": in the resume's language (<see cref="PrintLanguages"/>),
/// never the server's, so the machine that prints never changes a resume.
/// </summary>
internal static class ResumeDates
{
    private const string EnDash = "\u2013";

    /// <summary>An open range ends "Present"; an item without a start shows only what it has.</summary>
    public static string Range(ResumeDocumentDate? start, ResumeDocumentDate? end, PrintLanguage language) => (start, end) switch
    {
        (null, null) => string.Empty,
        (null, { } only) => language.MonthYear(only),
        ({ } from, null) => $"{language.MonthYear(from)} {EnDash} {language.Present}",
        ({ } from, { } to) when from.Year == to.Year && from.Month == to.Month => language.MonthYear(from),
        ({ } from, { } to) => $"{language.MonthYear(from)} {EnDash} {language.MonthYear(to)}",
    };
}
