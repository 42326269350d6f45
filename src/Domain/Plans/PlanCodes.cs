namespace ResumeExport.Domain.Plans;

/// <summary>The plans a user can be on, cheapest first. Codes are part of the public API and the billing contract.</summary>
public static class PlanCodes
{
    public const string Free = "free";
    public const string Pro = "pro";
    public const string Team = "team";

    public static IReadOnlyList<string> All { get; } = [Free, Pro, Team];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);

    /// <summary>Position in <see cref="All"/>: a higher rank is a more generous plan (used to tell upgrades from downgrades).</summary>
    public static int Rank(string code) =>
        IsKnown(code) ? ((IList<string>)All).IndexOf(code) : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a plan code.");
}
