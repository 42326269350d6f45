using System.Globalization;

namespace ResumeExport.ServiceDefaults;

/// <summary>
/// Resumes print month names and words in their own language from ICU's culture data. A process in
/// invariant-globalization mode would print every resume in English without an error, so it refuses to start instead.
/// </summary>
public static class GlobalizationGuard
{
    /// <summary>True when real culture data is loaded: Japanese February is "2月", never the invariant "Feb".</summary>
    public static bool HasCultureData()
    {
        try
        {
            return CultureInfo.GetCultureInfo("ja").DateTimeFormat.GetAbbreviatedMonthName(2) != "Feb";
        }
        catch (CultureNotFoundException)
        {
            // Invariant mode with only predefined cultures allowed: no culture but the invariant one exists.
            return false;
        }
    }

    /// <exception cref="InvalidOperationException">The process runs in invariant-globalization mode.</exception>
    public static void EnsureCultureData()
    {
        if (!HasCultureData())
        {
            throw new InvalidOperationException(
                "This process runs in invariant-globalization mode, so resumes would print in English whatever their language. "
                + "Install ICU (Debian/Ubuntu: the libicu package, e.g. libicu72) and leave InvariantGlobalization and "
                + "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT unset or false.");
        }
    }
}
