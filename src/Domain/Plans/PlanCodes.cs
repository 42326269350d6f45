namespace ResumeExport.Domain.Plans;

/// <summary>Cheapest first; codes are part of the public API and billing contract.</summary>
public static class PlanCodes
{
    public const string Free = "free";
    public const string Pro = "pro";
    public const string Team = "team";

    public static IReadOnlyList<string> All { get; } = [Free, Pro, Team];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);

    /// <summary>Higher is more generous; tells upgrades from downgrades.</summary>
    public static int Rank(string code) =>
        IsKnown(code) ? ((IList<string>)All).IndexOf(code) : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a plan code.");
}
