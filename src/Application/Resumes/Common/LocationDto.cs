namespace ResumeExport.Application.Resumes.Common;

public sealed record LocationDto
{
    /// <summary>Street and number; may span lines.</summary>
    public string? Address { get; init; }

    public string? PostalCode { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    /// <summary>ISO 3166-1 alpha-2, e.g. <c>DE</c>.</summary>
    public string? CountryCode { get; init; }
}
