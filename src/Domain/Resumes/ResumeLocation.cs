namespace ResumeExport.Domain.Resumes;

/// <summary><see cref="CountryCode"/> is ISO 3166-1 alpha-2 (<c>DE</c>); <see cref="Address"/> may span lines.</summary>
public sealed record ResumeLocation(string? City, string? Region, string? CountryCode)
{
    public string? Address { get; init; }

    public string? PostalCode { get; init; }
}
