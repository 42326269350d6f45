using System.Globalization;
using System.Text.RegularExpressions;

namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>Partial JSON Resume dates (<c>2014-06</c>, <c>2014</c>) become the first day of their month or year.</summary>
internal static partial class JsonResumeDates
{
    /// <summary>Completes a partial date; anything else passes through for the resume validator to name.</summary>
    public static (string Date, bool Completed) Normalize(string value)
    {
        var match = PartialDate().Match(value);
        if (!match.Success || match.Groups["day"].Success)
        {
            return (value, false);
        }

        var month = match.Groups["month"].Success ? match.Groups["month"].Value : "01";
        return ($"{match.Groups["year"].Value}-{month}-01", true);
    }

    /// <summary>"Jan 2012" for custom-item sentences; a non-date is kept as written.</summary>
    public static string Readable(string value)
    {
        var match = PartialDate().Match(value);
        if (!match.Success)
        {
            return value;
        }

        if (!match.Groups["month"].Success)
        {
            return match.Groups["year"].Value;
        }

        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12
            ? new DateOnly(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture)
            : value;
    }

    [GeneratedRegex(@"^(?<year>[12][0-9]{3})(-(?<month>[01][0-9])(-(?<day>[0-3][0-9]))?)?$")]
    private static partial Regex PartialDate();
}
