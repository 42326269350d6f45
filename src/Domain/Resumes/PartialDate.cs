using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ResumeExport.Domain.Resumes;

/// <summary>
/// A date as precise as the person gave it: a year (<c>2014</c>), a month (<c>2014-06</c>) or a day (<c>2014-06-29</c>),
/// the three forms JSON Resume allows, so "2014-06" stays "2014-06". Ordered by the first day it covers.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <exception cref="ArgumentOutOfRangeException">Not a Gregorian date, or a day without a month.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (!IsValid(year, month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month}-{day} is not a year, a month or a day of the Gregorian calendar.");
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

    /// <summary>The last day the date covers: an end date "2014" lasts until 2014-12-31.</summary>
    public DateOnly LastDay => Day is not null ? FirstDay
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m))
        : new DateOnly(Year, 12, 31);

    public static implicit operator PartialDate(DateOnly date) => FromDateOnly(date);

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public static PartialDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Exactly <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> with a real month and day; nothing else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out PartialDate date)
    {
        date = default;
        if (value is not ({ Length: 4 } or { Length: 7 } or { Length: 10 }))
        {
            return false;
        }

        if (!TryDigits(value, 0, 4, out var year))
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (value.Length >= 7)
        {
            if (value[4] != '-' || !TryDigits(value, 5, 2, out var m))
            {
                return false;
            }

            month = m;
        }

        if (value.Length == 10)
        {
            if (value[7] != '-' || !TryDigits(value, 8, 2, out var d))
            {
                return false;
            }

            day = d;
        }

        if (!IsValid(year, month, day))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <exception cref="FormatException">Not one of the three forms.</exception>
    public static PartialDate Parse(string value) =>
        TryParse(value, out var date) ? date : throw new FormatException($"'{value}' is not a date written as yyyy, yyyy-MM or yyyy-MM-dd.");

    public int CompareTo(PartialDate other)
    {
        var byDay = FirstDay.CompareTo(other.FirstDay);

        // Same first day: the less precise date sorts first, so the order is total and agrees with equality.
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary><c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, as precise as the date is.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("0000", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{m:00}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{m:00}-{d:00}"),
    };

    private int Precision => Day is not null ? 2 : Month is not null ? 1 : 0;

    private static bool IsValid(int year, int? month, int? day) =>
        year is >= 1 and <= 9999
        && (month is null or (>= 1 and <= 12))
        && (day is null || (month is { } m && day >= 1 && day <= DateTime.DaysInMonth(year, m)));

    private static bool TryDigits(string value, int start, int length, out int number)
    {
        number = 0;
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            number = (number * 10) + (value[i] - '0');
        }

        return true;
    }
}
