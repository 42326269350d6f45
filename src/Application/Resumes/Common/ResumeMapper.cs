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
            s.Items.Select(ToDomain).ToArray())).ToArray();

    public static ResumeResponse ToResponse(Resume resume) => new(
        resume.Id,
        resume.Title,
        resume.TemplateKey,
        resume.IsDefault,
        resume.Version,
        resume.CreatedAt,
        resume.UpdatedAt,
        resume.Sections.Select(s => new SectionDto(SectionKinds.NameOf(s.Kind), s.Title, s.Items.Select(ToDto).ToArray())).ToArray());

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
        Bullets = i.Bullets ?? [],
    };

    private static SectionItemDto ToDto(SectionItem i) => new()
    {
        Text = i.Text,
        Company = i.Company,
        Role = i.Role,
        Location = i.Location,
        StartDate = i.StartDate?.ToString(ResumeFieldRules.DateFormat, System.Globalization.CultureInfo.InvariantCulture),
        EndDate = i.EndDate?.ToString(ResumeFieldRules.DateFormat, System.Globalization.CultureInfo.InvariantCulture),
        Institution = i.Institution,
        Degree = i.Degree,
        Field = i.Field,
        Name = i.Name,
        Level = i.Level,
        Description = i.Description,
        Url = i.Url,
        Issuer = i.Issuer,
        Date = i.Date?.ToString(ResumeFieldRules.DateFormat, System.Globalization.CultureInfo.InvariantCulture),
        Proficiency = i.Proficiency,
        Label = i.Label,
        Bullets = i.Bullets.Count > 0 ? i.Bullets : null,
    };
}
