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
                    AddSection(sections, log, root, "volunteer", SectionKind.Volunteer, JsonResumeFormat.Volunteering, Volunteer);
                    break;
                case "awards":
                    AddSection(sections, log, root, "awards", SectionKind.Awards, JsonResumeFormat.Awards, Award);
                    break;
                case "publications":
                    AddSection(sections, log, root, "publications", SectionKind.Publications, JsonResumeFormat.Publications, Publication);
                    break;
                case "interests":
                    AddSection(sections, log, root, "interests", SectionKind.Interests, JsonResumeFormat.Interests, Interest);
                    break;
                case "references":
                    AddSection(sections, log, root, "references", SectionKind.References, JsonResumeFormat.References, Reference);
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

        foreach (var field in new[] { "address", "postalCode", "city", "region", "countryCode" })
        {
            log.Source($"basics.location.{field}", location.At(field));
        }

        var imported = new LocationDto
        {
            Address = location.Text("address"),
            PostalCode = location.Text("postalCode"),
            City = location.Text("city"),
            Region = location.Text("region"),
            CountryCode = location.Text("countryCode"),
        };
        location.Finish();
        return imported is { Address: null, PostalCode: null, City: null, Region: null, CountryCode: null } ? null : imported;
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
        Func<JsonResumeObject, ItemSource, SectionItemDto> map)
    {
        var sectionIndex = sections.Count;
        var items = new List<SectionItemDto>();
        foreach (var entry in root.Objects(name))
        {
            var source = new ItemSource(log, $"sections[{sectionIndex}].items[{items.Count}]", entry);
            var item = map(entry, source);
            if (!SectionItemFields.PresentIn(item).Any())
            {
                log.Warn(entry.Path, "Empty: not kept.");
            }
            else
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
        var url = at.Url("url", "url") ?? LegacyUrl(work, at);
        return new SectionItemDto
        {
            Company = company,
            Role = at.Text("role", "position"),
            Location = at.Text("location", "location"),
            Url = url,
            Description = at.Text("description", "description"),
            Summary = at.Text("summary", "summary"),
            StartDate = at.Date("startDate", "startDate"),
            EndDate = at.Date("endDate", "endDate"),
            Bullets = at.Texts("bullets", "highlights"),
        };
    }

    private static SectionItemDto Education(JsonResumeObject education, ItemSource at) => new()
    {
        Institution = at.Text("institution", "institution"),
        Url = at.Url("url", "url"),
        Field = at.Text("field", "area"),
        Degree = at.Text("degree", "studyType"),
        StartDate = at.Date("startDate", "startDate"),
        EndDate = at.Date("endDate", "endDate"),
        Score = at.Text("score", "score"),
        Courses = at.Texts("courses", "courses"),
    };

    private static SectionItemDto Skill(JsonResumeObject skill, ItemSource at) => new()
    {
        Name = at.Text("name", "name"),
        Level = at.Text("level", "level"),
        Keywords = at.Texts("keywords", "keywords"),
    };

    private static SectionItemDto Project(JsonResumeObject project, ItemSource at)
    {
        var (url, description) = at.UrlOrText(at.Text("description", "description"), "at the end of the description", (text, link) => $"{text}\n{link}");
        return new SectionItemDto
        {
            Name = at.Text("name", "name"),
            Description = description,
            Url = url,
            Bullets = at.Texts("bullets", "highlights"),
            Keywords = at.Texts("keywords", "keywords"),
            StartDate = at.Date("startDate", "startDate"),
            EndDate = at.Date("endDate", "endDate"),
            Roles = at.Texts("roles", "roles"),
            Entity = at.Text("entity", "entity"),
            Type = at.Text("type", "type"),
        };
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

    private static SectionItemDto Volunteer(JsonResumeObject volunteer, ItemSource at) => new()
    {
        Organization = at.Text("organization", "organization"),
        Role = at.Text("role", "position"),
        Url = at.Url("url", "url"),
        StartDate = at.Date("startDate", "startDate"),
        EndDate = at.Date("endDate", "endDate"),
        Summary = at.Text("summary", "summary"),
        Bullets = at.Texts("bullets", "highlights"),
    };

    private static SectionItemDto Award(JsonResumeObject award, ItemSource at) => new()
    {
        Name = at.Text("name", "title"),
        Date = at.Date("date", "date"),
        Issuer = at.Text("issuer", "awarder"),
        Summary = at.Text("summary", "summary"),
    };

    private static SectionItemDto Publication(JsonResumeObject publication, ItemSource at) => new()
    {
        Name = at.Text("name", "name"),
        Publisher = at.Text("publisher", "publisher"),
        Date = at.Date("date", "releaseDate"),
        Url = at.Url("url", "url"),
        Summary = at.Text("summary", "summary"),
    };

    private static SectionItemDto Interest(JsonResumeObject interest, ItemSource at) => new()
    {
        Name = at.Text("name", "name"),
        Keywords = at.Texts("keywords", "keywords"),
    };

    private static SectionItemDto Reference(JsonResumeObject reference, ItemSource at) => new()
    {
        Name = at.Text("name", "name"),
        Text = at.Text("text", "reference"),
    };

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

    /// <summary>Earlier JSON Resume versions called a company's site "website".</summary>
    private static string? LegacyUrl(JsonResumeObject work, ItemSource at)
    {
        if (!work.Has("website"))
        {
            return null;
        }

        var url = at.Url("url", "website");
        if (url is not null)
        {
            at.Warn("website", "Read as 'url' (the name earlier JSON Resume versions used).");
        }

        return url;
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
}
