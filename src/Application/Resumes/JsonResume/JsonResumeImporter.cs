using System.Text.Json;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>Maps as docs/json-resume.md says, warning on every value changed or dropped. Expects a schema-valid document.</summary>
internal static class JsonResumeImporter
{
    private const string DefaultTitle = "Imported resume";

    public static ImportedJsonResume Import(JsonElement document)
    {
        var log = new ImportLog();
        var root = new JsonResumeObject(document, string.Empty, log);
        var sections = new List<SectionDto>();
        var basics = ImportBasics(root, sections, log, out var title);
        foreach (var property in document.EnumerateObject())
        {
            switch (property.Name)
            {
                case "work":
                    AddSection(sections, log, root, "work", SectionKind.Experience, JsonResumeFormat.Experience, Work);
                    break;
                case "education":
                    AddSection(sections, log, root, "education", SectionKind.Education, JsonResumeFormat.Education, Education);
                    break;
                case "skills":
                    AddSection(sections, log, root, "skills", SectionKind.Skills, JsonResumeFormat.Skills, Skill);
                    break;
                case "projects":
                    AddSection(sections, log, root, "projects", SectionKind.Projects, JsonResumeFormat.Projects, Project);
                    break;
                case "certificates":
                    AddSection(sections, log, root, "certificates", SectionKind.Certifications, JsonResumeFormat.Certifications, Certificate);
                    break;
                case "languages":
                    AddSection(sections, log, root, "languages", SectionKind.Languages, JsonResumeFormat.Languages, Language);
                    break;
                case "volunteer":
                    AddSection(sections, log, root, "volunteer", SectionKind.Custom, JsonResumeFormat.Volunteering, Volunteer);
                    break;
                case "awards":
                    AddSection(sections, log, root, "awards", SectionKind.Custom, JsonResumeFormat.Awards, Award);
                    break;
                case "publications":
                    AddSection(sections, log, root, "publications", SectionKind.Custom, JsonResumeFormat.Publications, Publication);
                    break;
                case "interests":
                    AddSection(sections, log, root, "interests", SectionKind.Custom, JsonResumeFormat.Interests, Interest);
                    break;
                case "references":
                    AddSection(sections, log, root, "references", SectionKind.Custom, JsonResumeFormat.References, Reference);
                    break;
                case JsonResumeFormat.CustomSections:
                    ImportCustomSections(root, sections, log);
                    break;
            }
        }

        var language = ImportMeta(root, log);
        root.Skip("$schema");
        root.Finish();
        return new ImportedJsonResume(title, sections, basics, language, log);
    }

    private static BasicsDto? ImportBasics(JsonResumeObject root, List<SectionDto> sections, ImportLog log, out string title)
    {
        title = DefaultTitle;
        var basics = root.Object("basics");
        if (basics is null)
        {
            return null;
        }

        var name = basics.Text("name");
        var label = basics.Text("label");
        var email = basics.Text("email");
        var phone = basics.Text("phone");
        title = label ?? name ?? DefaultTitle;
        log.Source("title", basics.At(label is not null ? "label" : "name"));
        foreach (var field in new[] { "name", "label", "email", "phone", "url" })
        {
            log.Source($"basics.{field}", basics.At(field));
        }

        log.Source("basics", basics.Path);
        var profiles = new List<ProfileDto>();
        var links = ImportProfiles(basics, profiles, log);
        var url = basics.Text("url");
        if (url is not null && !ResumeFieldRules.IsHttpUrl(url))
        {
            // A web site without a scheme cannot be a link: it is printed as text, as the last profile.
            log.Warn(basics.At("url"), "Not an http(s) URL: kept as text, as a 'Website' profile.");
            log.Source($"basics.profiles[{profiles.Count}]", basics.At("url"));
            log.Source($"basics.profiles[{profiles.Count}].username", basics.At("url"));
            profiles.Add(new ProfileDto { Network = "Website", Username = url });
            url = null;
        }

        basics.NotKept("image", "Photos are not supported");
        if (basics.Text("summary") is { } summary)
        {
            log.Source($"sections[{sections.Count}]", basics.At("summary"));
            log.Source($"sections[{sections.Count}].items[0].text", basics.At("summary"));
            sections.Add(new SectionDto(SectionKinds.NameOf(SectionKind.Summary), JsonResumeFormat.Summary, [new SectionItemDto { Text = summary }]));
        }

        var location = ImportLocation(basics, log);
        basics.Finish();
        if (links.Count > 0)
        {
            log.Source($"sections[{sections.Count}]", basics.At("profiles"));
            sections.Add(new SectionDto(SectionKinds.NameOf(SectionKind.Links), JsonResumeFormat.Links, links));
        }

        return new BasicsDto
        {
            Name = name,
            Label = label,
            Email = email,
            Phone = phone,
            Url = url,
            Location = location,
            Profiles = profiles.Count > 0 ? profiles : null,
        };
    }

    /// <summary>Profiles, up to ten; beyond that, those with a link become a links section so nothing is lost.</summary>
    private static List<SectionItemDto> ImportProfiles(JsonResumeObject basics, List<ProfileDto> profiles, ImportLog log)
    {
        var links = new List<SectionItemDto>();
        foreach (var profile in basics.Objects("profiles"))
        {
            var network = profile.Text("network");
            var username = profile.Text("username");
            var url = profile.Text("url");
            if (url is not null && !ResumeFieldRules.IsHttpUrl(url))
            {
                log.Warn(profile.At("url"), "Not an http(s) URL: kept as text with the user name.");
                username = username is null ? url : $"{username} ({url})";
                url = null;
            }

            profile.Finish();
            if (username is null && url is null)
            {
                log.Warn(profile.Path, "Neither a user name nor a URL: not kept.");
                continue;
            }

            if (profiles.Count >= ResumeBasics.MaxProfiles && url is not null)
            {
                log.Warn(profile.Path, $"More than {ResumeBasics.MaxProfiles} profiles: moved to a links section.");
                links.Add(new SectionItemDto { Label = network ?? username ?? "Profile", Url = url });
                continue;
            }

            var index = profiles.Count;
            log.Source($"basics.profiles[{index}]", profile.Path);
            log.Source($"basics.profiles[{index}].network", profile.At("network"));
            log.Source($"basics.profiles[{index}].username", profile.At("username"));
            log.Source($"basics.profiles[{index}].url", profile.At("url"));
            profiles.Add(new ProfileDto { Network = network, Username = username, Url = url });
        }

        return links;
    }

    private static LocationDto? ImportLocation(JsonResumeObject basics, ImportLog log)
    {
        var location = basics.Object("location");
        if (location is null)
        {
            return null;
        }

        foreach (var field in new[] { "city", "region", "countryCode" })
        {
            log.Source($"basics.location.{field}", location.At(field));
        }

        var imported = new LocationDto { City = location.Text("city"), Region = location.Text("region"), CountryCode = location.Text("countryCode") };
        location.NotKept("address", "Street addresses are not printed");
        location.NotKept("postalCode", "Postal codes are not printed");
        location.Finish();
        return imported.City is null && imported.Region is null && imported.CountryCode is null ? null : imported;
    }

    private static string? ImportMeta(JsonResumeObject root, ImportLog log)
    {
        var meta = root.Object("meta");
        if (meta is null)
        {
            return null;
        }

        // Our export writes the resume's language here; the rest describes the file: no warning.
        log.Source("language", meta.At("language"));
        var language = meta.Text("language");
        meta.Skip("canonical", "version", "lastModified");
        meta.Finish();
        return language;
    }

    private static void AddSection(
        List<SectionDto> sections,
        ImportLog log,
        JsonResumeObject root,
        string name,
        SectionKind kind,
        string title,
        Func<JsonResumeObject, ItemSource, SectionItemDto?> map)
    {
        var sectionIndex = sections.Count;
        var items = new List<SectionItemDto>();
        foreach (var entry in root.Objects(name))
        {
            var source = new ItemSource(log, $"sections[{sectionIndex}].items[{items.Count}]", entry);
            if (map(entry, source) is { } item)
            {
                log.Source(source.ResumePath, entry.Path);
                items.Add(item);
            }

            entry.Finish();
        }

        if (items.Count > 0)
        {
            log.Source($"sections[{sectionIndex}]", root.At(name));
            sections.Add(new SectionDto(SectionKinds.NameOf(kind), title, items));
        }
    }

    private static SectionItemDto Work(JsonResumeObject work, ItemSource at)
    {
        // Earlier JSON Resume versions called the employer "company" and its site "website".
        var company = at.Text("company", "name") ?? LegacyText(work, at, "company", "company", "name");
        work.NotKept("website", "A company's web site has no place in an experience item");
        work.NotKept("description", "A company description has no place in an experience item");
        work.NotKept("url", "A company's web site has no place in an experience item");
        work.NotKept("summary", "A role summary has no place in an experience item (its highlights are kept as bullets)");
        return new SectionItemDto
        {
            Company = company,
            Role = at.Text("role", "position"),
            Location = at.Text("location", "location"),
            StartDate = at.Date("startDate", "startDate"),
            EndDate = at.Date("endDate", "endDate"),
            Bullets = at.Texts("bullets", "highlights"),
        };
    }

    private static SectionItemDto Education(JsonResumeObject education, ItemSource at)
    {
        education.NotKept("url", "An institution's web site has no place in an education item");
        education.NotKept("score", "Grades have no place in an education item");
        education.NotKept("courses", "Courses have no place in an education item");
        return new SectionItemDto
        {
            Institution = at.Text("institution", "institution"),
            Degree = at.Text("degree", "studyType"),
            Field = at.Text("field", "area"),
            StartDate = at.Date("startDate", "startDate"),
            EndDate = at.Date("endDate", "endDate"),
        };
    }

    private static SectionItemDto Skill(JsonResumeObject skill, ItemSource at) => new()
    {
        Name = at.Text("name", "name"),
        Level = at.Text("level", "level"),
        Keywords = at.Texts("keywords", "keywords"),
    };

    private static SectionItemDto Project(JsonResumeObject project, ItemSource at)
    {
        var (url, description) = at.UrlOrText(at.Text("description", "description"), "at the end of the description", (text, link) => $"{text}\n{link}");

        foreach (var field in new[] { "keywords", "startDate", "endDate", "roles", "entity", "type" })
        {
            project.NotKept(field, $"A project's '{field}' has no place in a project item");
        }

        return new SectionItemDto { Name = at.Text("name", "name"), Description = description, Url = url, Bullets = at.Texts("bullets", "highlights") };
    }

    private static SectionItemDto Certificate(JsonResumeObject certificate, ItemSource at)
    {
        var (url, name) = at.UrlOrText(at.Text("name", "name"), "after the name", (text, link) => $"{text} ({link})");

        return new SectionItemDto { Name = name, Issuer = at.Text("issuer", "issuer"), Date = at.Date("date", "date"), Url = url };
    }

    private static SectionItemDto Language(JsonResumeObject language, ItemSource at) => new()
    {
        Name = at.Text("name", "language"),
        Proficiency = at.Text("proficiency", "fluency"),
    };

    private static SectionItemDto? Volunteer(JsonResumeObject volunteer, ItemSource at) => at.Custom(
        Sentence(Join(", ", volunteer.Text("position"), volunteer.Text("organization")), Period(volunteer.Text("startDate"), volunteer.Text("endDate"))),
        [volunteer.Text("summary"), volunteer.Text("url")],
        at.Texts("bullets", "highlights"));

    private static SectionItemDto? Award(JsonResumeObject award, ItemSource at) => at.Custom(
        Sentence(Join(" \u2014 ", award.Text("title"), award.Text("awarder")), Readable(award.Text("date"))),
        [award.Text("summary")],
        null);

    private static SectionItemDto? Publication(JsonResumeObject publication, ItemSource at) => at.Custom(
        Sentence(Join(" \u2014 ", publication.Text("name"), publication.Text("publisher")), Readable(publication.Text("releaseDate"))),
        [publication.Text("summary"), publication.Text("url")],
        null);

    private static SectionItemDto? Interest(JsonResumeObject interest, ItemSource at) => at.Custom(
        interest.Text("name"), [], at.Texts("bullets", "keywords"));

    private static SectionItemDto? Reference(JsonResumeObject reference, ItemSource at) => at.Custom(
        reference.Text("reference") is { } quote ? $"\u201C{quote}\u201D" : null,
        [reference.Text("name") is { } name ? $"\u2014 {name}" : null],
        null);

    /// <summary>Our own extension: custom sections as this application exported them, back as they were.</summary>
    private static void ImportCustomSections(JsonResumeObject root, List<SectionDto> sections, ImportLog log)
    {
        foreach (var custom in root.Objects(JsonResumeFormat.CustomSections))
        {
            var sectionIndex = sections.Count;
            var title = custom.Text("title") ?? "Other";
            log.Source($"sections[{sectionIndex}]", custom.Path);
            log.Source($"sections[{sectionIndex}].title", custom.At("title"));
            var items = new List<SectionItemDto>();
            foreach (var entry in custom.Objects("items"))
            {
                var at = new ItemSource(log, $"sections[{sectionIndex}].items[{items.Count}]", entry);
                log.Source(at.ResumePath, entry.Path);
                var bullets = at.Texts("bullets", "bullets");
                items.Add(new SectionItemDto { Text = at.Text("text", "text"), Bullets = bullets });
                entry.Finish();
            }

            custom.Finish();
            if (items.Count > 0)
            {
                sections.Add(new SectionDto(SectionKinds.NameOf(SectionKind.Custom), title, items));
            }
        }
    }

    private static string? LegacyText(JsonResumeObject entry, ItemSource at, string legacyName, string resumeField, string currentName)
    {
        var value = entry.Text(legacyName);
        if (value is not null)
        {
            at.Warn(legacyName, $"Read as '{currentName}' (the name earlier JSON Resume versions used).");
            at.Source(resumeField, legacyName);
        }

        return value;
    }

    private static string? Sentence(string? head, string? when) =>
        head is null ? when : when is null ? head : $"{head} ({when})";

    private static string? Period(string? start, string? end) =>
        start is null && end is null ? null : $"{Readable(start) ?? "?"} \u2013 {Readable(end) ?? "Present"}";

    private static string? Readable(string? date) => date is null ? null : JsonResumeDates.Readable(date);

    private static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => p is not null).ToArray();
        return present.Length == 0 ? null : string.Join(separator, present);
    }
}
