using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>Between the wire shape (strings, validated) and the domain (typed values).</summary>
public static class ResumeMapper
{
    /// <summary>Call only with validated input: kinds and dates are known to parse.</summary>
    public static IReadOnlyList<ResumeSection> ToDomain(IReadOnlyList<SectionDto> sections) =>
        sections.Select(s => new ResumeSection(
            SectionKinds.TryParse(s.Kind, out var kind) ? kind : throw new ArgumentException($"Unvalidated kind '{s.Kind}'."),
            s.Title.Trim(),
            s.Items.Select(ToDomain).ToArray())
        {
            KeepTogether = s.KeepTogether,
            StartOnNewPage = s.StartOnNewPage,
        }).ToArray();

    /// <summary>Validated input only. Blank optional fields become absent, so the header falls back cleanly.</summary>
    public static ResumeBasics? ToDomain(BasicsDto? basics) => basics is null ? null : new ResumeBasics
    {
        Name = Clean(basics.Name),
        Label = Clean(basics.Label),
        Email = Clean(basics.Email),
        Phone = Clean(basics.Phone),
        Location = basics.Location is { } l && (Clean(l.Address) ?? Clean(l.PostalCode) ?? Clean(l.City) ?? Clean(l.Region) ?? Clean(l.CountryCode)) is not null
            ? new ResumeLocation(Clean(l.City), Clean(l.Region), Clean(l.CountryCode)?.ToUpperInvariant())
            {
                Address = Clean(l.Address),
                PostalCode = Clean(l.PostalCode),
            }
            : null,
        Url = Clean(basics.Url),
        Profiles = [.. (basics.Profiles ?? []).Select(p => new ResumeProfile(p.Network!.Trim(), Clean(p.Username), Clean(p.Url)))],
    };

    public static ResumeResponse ToResponse(Resume resume) => new(
        resume.Id,
        resume.Title,
        resume.TemplateKey,
        resume.IsDefault,
        resume.Version,
        resume.CreatedAt,
        resume.UpdatedAt,
        ToDto(resume.Sections),
        ToDto(resume.Basics),
        resume.Language,
        resume.LatestVersion);

    public static IReadOnlyList<SectionDto> ToDto(IReadOnlyList<ResumeSection> sections) =>
        sections.Select(s => new SectionDto(SectionKinds.NameOf(s.Kind), s.Title, s.Items.Select(ToDto).ToArray())
        {
            KeepTogether = s.KeepTogether,
            StartOnNewPage = s.StartOnNewPage,
        }).ToArray();

    public static BasicsDto? ToDto(ResumeBasics? basics) => basics is null ? null : new BasicsDto
    {
        Name = basics.Name,
        Label = basics.Label,
        Email = basics.Email,
        Phone = basics.Phone,
        Location = basics.Location is { } l
            ? new LocationDto { Address = l.Address, PostalCode = l.PostalCode, City = l.City, Region = l.Region, CountryCode = l.CountryCode }
            : null,
        Url = basics.Url,
        Profiles = basics.Profiles.Count > 0
            ? [.. basics.Profiles.Select(p => new ProfileDto { Network = p.Network, Username = p.Username, Url = p.Url })]
            : null,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static SectionItem ToDomain(SectionItemDto i) => new()
    {
        Text = i.Text,
        Company = i.Company,
        Role = i.Role,
        Location = i.Location,
        StartDate = ResumeFieldRules.ParseDateOrNull(i.StartDate),
        EndDate = ResumeFieldRules.ParseDateOrNull(i.EndDate),
        Institution = i.Institution,
        Degree = i.Degree,
        Field = i.Field,
        Name = i.Name,
        Level = i.Level,
        Description = i.Description,
        Url = i.Url,
        Issuer = i.Issuer,
        Date = ResumeFieldRules.ParseDateOrNull(i.Date),
        Proficiency = i.Proficiency,
        Label = i.Label,
        Summary = i.Summary,
        Organization = i.Organization,
        Publisher = i.Publisher,
        Score = i.Score,
        Entity = i.Entity,
        Type = i.Type,
        Courses = i.Courses ?? [],
        Roles = i.Roles ?? [],
        Bullets = i.Bullets ?? [],
        Keywords = i.Keywords ?? [],
    };

    private static SectionItemDto ToDto(SectionItem i) => new()
    {
        Text = i.Text,
        Company = i.Company,
        Role = i.Role,
        Location = i.Location,
        StartDate = i.StartDate?.ToString(),
        EndDate = i.EndDate?.ToString(),
        Institution = i.Institution,
        Degree = i.Degree,
        Field = i.Field,
        Name = i.Name,
        Level = i.Level,
        Description = i.Description,
        Url = i.Url,
        Issuer = i.Issuer,
        Date = i.Date?.ToString(),
        Proficiency = i.Proficiency,
        Label = i.Label,
        Summary = i.Summary,
        Organization = i.Organization,
        Publisher = i.Publisher,
        Score = i.Score,
        Entity = i.Entity,
        Type = i.Type,
        Courses = i.Courses.Count > 0 ? i.Courses : null,
        Roles = i.Roles.Count > 0 ? i.Roles : null,
        Bullets = i.Bullets.Count > 0 ? i.Bullets : null,
        Keywords = i.Keywords.Count > 0 ? i.Keywords : null,
    };
}
