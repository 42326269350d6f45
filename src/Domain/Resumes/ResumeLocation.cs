namespace ResumeExport.Domain.Resumes;

/// <summary><see cref="CountryCode"/> is ISO 3166-1 alpha-2 (<c>DE</c>).</summary>
public sealed record ResumeLocation(string? City, string? Region, string? CountryCode);
