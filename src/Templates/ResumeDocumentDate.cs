using System.Globalization;

namespace ResumeExport.Templates;

/// <summary>
/// A date as precise as the person gave it: a year (<c>2014</c>), a month (<c>2014-06</c>) or a day (<c>2014-06-29</c>),
/// the three forms JSON Resume allows. Templates print a year as a year and anything finer as month and year.
/// </summary>
public readonly record struct ResumeDocumentDate
{
    /// <exception cref="ArgumentOutOfRangeException">Not a Gregorian date, or a day without a month.</exception>
    public ResumeDocumentDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (month is { } m)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(m, 1, nameof(month));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(m, 12, nameof(month));
        }

        if (day is { } d)
        {
            if (month is null)
            {
                throw new ArgumentOutOfRangeException(nameof(day), "A day needs a month.");
            }

            ArgumentOutOfRangeException.ThrowIfLessThan(d, 1, nameof(day));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(d, DateTime.DaysInMonth(year, month.Value), nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    /// <summary>1–12; absent for a date given as a year.</summary>
    public int? Month { get; }

    /// <summary>Absent for a date given as a year or a month.</summary>
    public int? Day { get; }

    /// <summary>The first day the date covers, for ordering and for month names.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>A day-precise date (what resumes stored before precision was kept).</summary>
    public static implicit operator ResumeDocumentDate(DateOnly date) => FromDateOnly(date);

    public static ResumeDocumentDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary><c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, as precise as the date is.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("0000", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{m:00}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{m:00}-{d:00}"),
    };
}
