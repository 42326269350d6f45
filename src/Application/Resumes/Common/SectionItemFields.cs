using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>Fields per item kind (docs/api.md#section-items); any other is an error.</summary>
public static class SectionItemFields
{
    public static IReadOnlySet<string> AllowedFor(SectionKind kind) => kind switch
    {
        SectionKind.Summary => Set("text"),
        SectionKind.Experience => Set("company", "role", "location", "url", "description", "summary", "startDate", "endDate", "bullets"),
        SectionKind.Education => Set("institution", "degree", "field", "url", "score", "courses", "startDate", "endDate"),
        SectionKind.Skills => Set("name", "level", "keywords"),
        SectionKind.Projects => Set("name", "description", "url", "entity", "type", "roles", "keywords", "startDate", "endDate", "bullets"),
        SectionKind.Certifications => Set("name", "issuer", "date", "url"),
        SectionKind.Languages => Set("name", "proficiency"),
        SectionKind.Links => Set("label", "url"),
        SectionKind.Custom => Set("text", "bullets"),
        SectionKind.Volunteer => Set("organization", "role", "url", "summary", "startDate", "endDate", "bullets"),
        SectionKind.Awards => Set("name", "issuer", "date", "summary"),
        SectionKind.Publications => Set("name", "publisher", "date", "url", "summary"),
        SectionKind.Interests => Set("name", "keywords"),
        SectionKind.References => Set("name", "text"),
        _ => Set(),
    };

    /// <summary>The fields an item actually carries, by wire name.</summary>
    public static IEnumerable<string> PresentIn(SectionItemDto item)
    {
        var values = new (string Name, object? Value)[]
        {
            ("text", item.Text), ("company", item.Company), ("role", item.Role), ("location", item.Location),
            ("startDate", item.StartDate), ("endDate", item.EndDate), ("institution", item.Institution),
            ("degree", item.Degree), ("field", item.Field), ("name", item.Name), ("level", item.Level),
            ("description", item.Description), ("url", item.Url), ("issuer", item.Issuer), ("date", item.Date),
            ("proficiency", item.Proficiency), ("label", item.Label), ("summary", item.Summary), ("organization", item.Organization),
            ("publisher", item.Publisher), ("score", item.Score), ("entity", item.Entity), ("type", item.Type),
            ("courses", item.Courses), ("roles", item.Roles), ("bullets", item.Bullets), ("keywords", item.Keywords),
        };
        return values.Where(v => v.Value is not null).Select(v => v.Name);
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
