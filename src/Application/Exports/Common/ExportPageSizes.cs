using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.Common;

/// <summary>The paper names a request may give (<c>pageSize</c>), one rule and one problem text for exports and bulk applies alike.</summary>
public static class ExportPageSizes
{
    public const string Message = "'pageSize' must be 'a4', 'letter' or 'legal'.";

    /// <summary>Omitted (A4) or one of the three names, lower case as the API writes them.</summary>
    public static bool IsKnownOrOmitted(string? name) => name is null or "a4" or "letter" or "legal";

    /// <summary>The paper <paramref name="name"/> names; A4 when omitted.</summary>
    public static PageSize FromName(string? name) => name switch { "letter" => PageSize.Letter, "legal" => PageSize.Legal, _ => PageSize.A4 };
}
