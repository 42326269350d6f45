using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>
/// Our domain resume onto the templates package's own model (the package knows nothing of our domain): one mapping for
/// the PDF worker's print and the API's share page.
/// </summary>
public static class ResumeDocumentMapper
{
    /// <summary>
    /// Declared when the resume does not say; the templates then print their own words and dates in English, as they do
    /// for a language they do not cover (docs/templates.md#languages).
    /// </summary>
    public const string DefaultLanguage = "en";

    /// <summary>
    /// The header comes from the resume's basics; a name or e-mail it leaves out falls back to the owner's account,
    /// field by field (docs/api.md#resume-content).
    /// </summary>
    public static ResumeDocument ToDocument(PdfRenderRequest request) => ToDocument(request.Resume, request.AuthorName, request.AuthorEmail);

    /// <inheritdoc cref="ToDocument(PdfRenderRequest)"/>
    public static ResumeDocument ToDocument(DocumentRenderRequest request) => ToDocument(request.Resume, request.AuthorName, request.AuthorEmail);

    /// <inheritdoc cref="ToDocument(PdfRenderRequest)"/>
    public static ResumeDocument ToDocument(Resume resume, string authorName, string authorEmail)
    {
        var basics = resume.Basics ?? new ResumeBasics();
        return new ResumeDocument(
            resume.Title,
            OrFallback(basics.Name, authorName),
            OrFallback(basics.Email, authorEmail),
            [.. resume.Sections.Select(ToSection)])
        {
            Language = resume.Language ?? DefaultLanguage,
            Headline = basics.Label,
            Phone = basics.Phone,
            Location = basics.Location is { } location ? Place(location) : null,
            Website = basics.Url,
            Profiles = [.. basics.Profiles.Select(p => new ResumeDocumentProfile(p.Network, p.Username, p.Url))],
        };
    }

    /// <summary>
    /// "2712 Broadway St, 94115 San Francisco, California, US": what the person gave, in that order; the postal code goes
    /// before the city as most countries write it, and a multi-line address is joined into one line.
    /// </summary>
    private static string? Place(ResumeLocation location)
    {
        var address = location.Address is { } a
            ? string.Join(", ", a.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : null;
        var town = string.Join(" ", new[] { location.PostalCode, location.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var parts = new[] { address, town, location.Region, location.CountryCode }.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return parts.Length == 0 ? null : string.Join(", ", parts);
    }

    private static ResumeDocumentDate? Date(PartialDate? date) =>
        date is { } d ? new ResumeDocumentDate(d.Year, d.Month, d.Day) : null;

    private static string OrFallback(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private static ResumeDocumentSection ToSection(ResumeSection section) =>
        new(SectionKinds.NameOf(section.Kind), section.Title, [.. section.Items.Select(ToItem)])
        {
            KeepTogether = section.KeepTogether,
            StartOnNewPage = section.StartOnNewPage,
        };

    private static ResumeDocumentItem ToItem(SectionItem item) => new()
    {
        Text = item.Text,
        Company = item.Company,
        Role = item.Role,
        Location = item.Location,
        StartDate = Date(item.StartDate),
        EndDate = Date(item.EndDate),
        Institution = item.Institution,
        Degree = item.Degree,
        Field = item.Field,
        Name = item.Name,
        Level = item.Level,
        Description = item.Description,
        Url = item.Url,
        Issuer = item.Issuer,
        Date = Date(item.Date),
        Proficiency = item.Proficiency,
        Label = item.Label,
        Summary = item.Summary,
        Organization = item.Organization,
        Publisher = item.Publisher,
        Score = item.Score,
        Entity = item.Entity,
        Type = item.Type,
        Courses = item.Courses,
        Roles = item.Roles,
        Bullets = item.Bullets,
        Keywords = item.Keywords,
    };
}
