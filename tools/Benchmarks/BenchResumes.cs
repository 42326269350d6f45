using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Benchmarks;

/// <summary>
/// The one resume every phase of the <c>exports</c> benchmark prints: a realistic one-page classic resume (summary,
/// three jobs, education, skills, languages). The raw phases render it as a domain <see cref="Resume"/>, the end-to-end
/// phase posts the very same sections as JSON, so all three figures print the same document.
/// </summary>
internal static class BenchResumes
{
    public const string Title = "Senior Backend Engineer";
    public const string TemplateKey = "classic";
    public const string OwnerName = "Jürgen Müller";
    public const string OwnerEmail = "juergen.mueller@example.com";

    private static readonly JsonSerializerOptions ItemJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new PartialDateJsonConverter() }, // the API takes dates as text, not as the struct's fields
    };

    public static IReadOnlyList<ResumeSection> Sections { get; } =
    [
        new(SectionKind.Summary, "Profile",
        [
            new SectionItem
            {
                Text = "Backend engineer with ten years of experience building reliable, observable services in .NET and PostgreSQL. "
                    + "Enjoys turning slow, fragile pipelines into boring ones, and mentoring engineers along the way.",
            },
        ]),
        new(SectionKind.Experience, "Experience",
        [
            Job("Staff Software Engineer", "Zalando SE", "Berlin, Germany", new DateOnly(2021, 3, 1), null,
                "Led the redesign of the order export pipeline: 4x throughput, p99 latency down from 2.1 s to 380 ms",
                "Introduced the outbox pattern and idempotent consumers; duplicate shipments dropped to zero",
                "Mentored six engineers; two promoted to senior"),
            Job("Senior Software Engineer", "N26 GmbH", "Berlin, Germany", new DateOnly(2017, 9, 1), new DateOnly(2021, 2, 28),
                "Built the card-transactions ledger on PostgreSQL handling 30 million events a day",
                "Owned on-call tooling and runbooks; halved mean time to recovery"),
            Job("Software Engineer", "Siemens AG", "München, Germany", new DateOnly(2014, 10, 1), new DateOnly(2017, 8, 31),
                "Developed diagnostics services for industrial controllers in C# and WCF",
                "Worked with the Shanghai office on a shared telemetry protocol"),
        ]),
        new(SectionKind.Education, "Education",
        [
            new SectionItem
            {
                Institution = "Technische Universität München", Degree = "M.Sc.", Field = "Informatics",
                StartDate = new DateOnly(2012, 10, 1), EndDate = new DateOnly(2014, 9, 30),
            },
        ]),
        new(SectionKind.Skills, "Skills",
        [
            Skill("C# / .NET", "Expert"), Skill("PostgreSQL", "Expert"), Skill("Distributed systems", "Advanced"),
            Skill("RabbitMQ", "Advanced"), Skill("Kubernetes", "Advanced"), Skill("OpenTelemetry", "Advanced"),
        ]),
        new(SectionKind.Languages, "Languages",
        [
            new SectionItem { Name = "German", Proficiency = "Native" },
            new SectionItem { Name = "English", Proficiency = "Fluent (C2)" },
        ]),
    ];

    public static Resume Domain() => Resume.Create(Guid.NewGuid(), Title, TemplateKey, Sections, isDefault: true, DateTimeOffset.UtcNow);

    /// <summary>The same resume as the body of <c>POST /api/resumes</c> (camelCase, ISO dates, no null fields).</summary>
    /// <param name="copy">0 for the resume itself; n &gt; 0 for its n-th copy, whose title ends in n (same layout, its own content hash).</param>
    public static object RequestBody(int copy = 0) => new
    {
        title = copy == 0 ? Title : string.Create(CultureInfo.InvariantCulture, $"{Title} {copy}"),
        templateKey = TemplateKey,
        sections = Sections.Select(s => new
        {
            kind = SectionKinds.NameOf(s.Kind),
            title = s.Title,
            items = s.Items.Select(ToJson).ToArray(),
        }).ToArray(),
    };

    /// <summary>The item's fields as the API names them; empty bullet lists are left out (only some kinds have bullets).</summary>
    private static Dictionary<string, JsonElement> ToJson(SectionItem item) =>
        JsonSerializer.SerializeToElement(item, ItemJson).EnumerateObject()
            .Where(p => p.Name != "hasContent" && !(p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 0))
            .ToDictionary(p => p.Name, p => p.Value.Clone());

    private static SectionItem Job(string role, string company, string location, DateOnly start, DateOnly? end, params string[] bullets) =>
        new() { Role = role, Company = company, Location = location, StartDate = start, EndDate = end, Bullets = bullets };

    private static SectionItem Skill(string name, string level) => new() { Name = name, Level = level };
}
