using System.Globalization;
using System.Text.Json.Nodes;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>
/// The reverse of <see cref="JsonResumeImporter"/>, in the schema's order of sections. Custom sections travel under
/// <see cref="JsonResumeFormat.CustomSections"/>; only schema-valid values (dates, http(s) URLs) are written.
/// </summary>
internal static class JsonResumeExporter
{
    public static JsonObject Export(Resume resume, string ownerName, string ownerEmail)
    {
        var document = new JsonObject { ["$schema"] = JsonResumeFormat.SchemaUrl, ["basics"] = Basics(resume, ownerName, ownerEmail) };
        Add(document, "work", resume, SectionKind.Experience, i => Object(
            ("name", i.Company), ("position", i.Role), ("location", i.Location), ("url", Url(i.Url)), ("description", i.Description),
            ("summary", i.Summary), ("startDate", Date(i.StartDate)), ("endDate", Date(i.EndDate)), ("highlights", Array(i.Bullets))));
        Add(document, "volunteer", resume, SectionKind.Volunteer, i => Object(
            ("organization", i.Organization), ("position", i.Role), ("url", Url(i.Url)), ("startDate", Date(i.StartDate)),
            ("endDate", Date(i.EndDate)), ("summary", i.Summary), ("highlights", Array(i.Bullets))));
        Add(document, "education", resume, SectionKind.Education, i => Object(
            ("institution", i.Institution), ("url", Url(i.Url)), ("area", i.Field), ("studyType", i.Degree), ("startDate", Date(i.StartDate)),
            ("endDate", Date(i.EndDate)), ("score", i.Score), ("courses", Array(i.Courses))));
        Add(document, "awards", resume, SectionKind.Awards, i => Object(
            ("title", i.Name), ("date", Date(i.Date)), ("awarder", i.Issuer), ("summary", i.Summary)));
        Add(document, "certificates", resume, SectionKind.Certifications, i => Object(
            ("name", i.Name), ("date", Date(i.Date)), ("issuer", i.Issuer), ("url", Url(i.Url))));
        Add(document, "publications", resume, SectionKind.Publications, i => Object(
            ("name", i.Name), ("publisher", i.Publisher), ("releaseDate", Date(i.Date)), ("url", Url(i.Url)), ("summary", i.Summary)));
        Add(document, "skills", resume, SectionKind.Skills, i => Object(("name", i.Name), ("level", i.Level), ("keywords", Array(i.Keywords))));
        Add(document, "languages", resume, SectionKind.Languages, i => Object(("language", i.Name), ("fluency", i.Proficiency)));
        Add(document, "interests", resume, SectionKind.Interests, i => Object(("name", i.Name), ("keywords", Array(i.Keywords))));
        Add(document, "references", resume, SectionKind.References, i => Object(("name", i.Name), ("reference", i.Text)));
        Add(document, "projects", resume, SectionKind.Projects, i => Object(
            ("name", i.Name), ("description", i.Description), ("highlights", Array(i.Bullets)), ("keywords", Array(i.Keywords)),
            ("startDate", Date(i.StartDate)), ("endDate", Date(i.EndDate)), ("url", Url(i.Url)), ("roles", Array(i.Roles)),
            ("entity", i.Entity), ("type", i.Type)));

        var custom = new JsonArray([.. resume.Sections.Where(s => s.Kind == SectionKind.Custom).Select(s => (JsonNode)Object(
            ("title", s.Title),
            ("items", new JsonArray([.. s.Items.Select(i => (JsonNode)Object(("text", i.Text), ("bullets", Array(i.Bullets))))])))),
        ]);
        if (custom.Count > 0)
        {
            document[JsonResumeFormat.CustomSections] = custom;
        }

        document["meta"] = Object(
            ("version", JsonResumeFormat.Version),
            ("lastModified", resume.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            ("language", resume.Language));
        return document;
    }

    private static JsonObject Basics(Resume resume, string ownerName, string ownerEmail)
    {
        var basics = resume.Basics ?? new ResumeBasics();
        var summary = string.Join("\n\n", resume.Sections.Where(s => s.Kind == SectionKind.Summary)
            .SelectMany(s => s.Items).Select(i => i.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
        var profiles = basics.Profiles.Select(p => Object(("network", p.Network), ("username", p.Username), ("url", Url(p.Url))))
            .Concat(resume.Sections.Where(s => s.Kind == SectionKind.Links).SelectMany(s => s.Items)
                .Select(i => Object(("network", i.Label), ("url", Url(i.Url)))))
            .ToArray();
        return Object(
            ("name", string.IsNullOrWhiteSpace(basics.Name) ? ownerName : basics.Name),
            ("label", basics.Label),
            ("email", string.IsNullOrWhiteSpace(basics.Email) ? ownerEmail : basics.Email),
            ("phone", basics.Phone),
            ("url", Url(basics.Url)),
            ("summary", summary.Length == 0 ? null : summary),
            ("location", basics.Location is { } l
                ? Object(("address", l.Address), ("postalCode", l.PostalCode), ("city", l.City), ("countryCode", l.CountryCode), ("region", l.Region))
                : null),
            ("profiles", profiles.Length == 0 ? null : new JsonArray([.. profiles])));
    }

    private static void Add(JsonObject document, string name, Resume resume, SectionKind kind, Func<SectionItem, JsonObject> map)
    {
        var items = resume.Sections.Where(s => s.Kind == kind).SelectMany(s => s.Items).Select(map).ToArray();
        if (items.Length > 0)
        {
            document[name] = new JsonArray([.. items]);
        }
    }

    /// <summary>Omits empty fields: JSON Resume requires none, and absent beats null.</summary>
    private static JsonObject Object(params (string Name, object? Value)[] fields)
    {
        var json = new JsonObject();
        foreach (var (name, value) in fields)
        {
            switch (value)
            {
                case null:
                    break;
                case string text when string.IsNullOrWhiteSpace(text):
                    break;
                case string text:
                    json[name] = text;
                    break;
                case JsonNode node:
                    json[name] = node;
                    break;
            }
        }

        return json;
    }

    private static JsonArray? Array(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static string? Date(PartialDate? date) => date?.ToString();

    /// <summary>Anything but http(s) would not be a <c>uri</c> to JSON Resume readers.</summary>
    private static string? Url(string? url) => url is not null && Common.ResumeFieldRules.IsHttpUrl(url) ? url : null;
}
