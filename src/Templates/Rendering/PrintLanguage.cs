using System.Globalization;

namespace ResumeExport.Templates.Rendering;

/// <summary>
/// The words and date format one language prints with: month names from the .NET culture (ICU data), the words from
/// the table in <see cref="PrintLanguages"/>.
/// </summary>
internal sealed class PrintLanguage
{
    private readonly string _monthYearPattern;
    private readonly DateTimeFormatInfo _dates;

    /// <param name="tag">The language subtag the table knows (<c>en</c>, <c>pt</c>, <c>ja</c>…), also the culture of the month names.</param>
    /// <param name="monthYearPattern">A .NET custom format for a month and year ("MMM yyyy": "Feb 2020", "févr. 2020").</param>
    /// <param name="present">The end of an open date range ("Feb 2020 – Present").</param>
    /// <param name="sectionTitles">The default title of each section kind, in <see cref="ResumeSectionKinds"/> order
    /// without <c>custom</c>, which has none.</param>
    /// <param name="standaloneMonths">Abbreviate months as they stand alone (Russian "май 2022"), not as they are
    /// written inside a date (German "Feb. 2020" rather than "Feb 2020", as CLDR's own month-year format does).</param>
    public PrintLanguage(string tag, string monthYearPattern, string present, IReadOnlyList<string> sectionTitles, bool standaloneMonths = false)
    {
        Tag = tag;
        Present = present;
        _monthYearPattern = monthYearPattern;
        _dates = GregorianDates(tag, standaloneMonths);
        var kinds = ResumeSectionKinds.All.Where(kind => kind != ResumeSectionKinds.Custom).ToList();
        if (sectionTitles.Count != kinds.Count)
        {
            throw new ArgumentException($"'{tag}' needs {kinds.Count} section titles, one per kind but custom.", nameof(sectionTitles));
        }

        SectionTitles = kinds.Zip(sectionTitles).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    public string Tag { get; }

    public string Present { get; }

    /// <summary>Keyed by section kind.</summary>
    public IReadOnlyDictionary<string, string> SectionTitles { get; }

    /// <summary>Month and year ("Feb 2020"); a date given only as a year prints as that year.</summary>
    public string MonthYear(ResumeDocumentDate date) => date.Month is null
        ? date.Year.ToString(CultureInfo.InvariantCulture)
        : date.FirstDay.ToString(_monthYearPattern, _dates);

    /// <summary>Gregorian months whatever the culture's default calendar (Saudi Arabic, for one, defaults to the Hijri calendar).</summary>
    private static DateTimeFormatInfo GregorianDates(string tag, bool standaloneMonths)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(tag).Clone();
        var dates = culture.DateTimeFormat;
        if (dates.Calendar is not GregorianCalendar && culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() is { } gregorian)
        {
            dates.Calendar = gregorian;
        }

        if (!standaloneMonths)
        {
            // .NET's "MMM" without a day takes ICU's stand-alone abbreviations; these are ICU's in-date ones.
            dates.AbbreviatedMonthNames = dates.AbbreviatedMonthGenitiveNames;
        }

        return DateTimeFormatInfo.ReadOnly(dates);
    }
}
