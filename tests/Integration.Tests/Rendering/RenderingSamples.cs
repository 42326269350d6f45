using ResumeExport.Application.Common.Ports.Rendering;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>Resumes that look like real ones, so the sample PDFs show what users get.</summary>
internal static class RenderingSamples
{
    public const string OwnerName = "Jürgen Müller";
    public const string OwnerEmail = "juergen.mueller@example.com";

    public static PdfRenderRequest Request(Resume resume, PageSize pageSize = PageSize.A4, string ownerName = OwnerName) =>
        new(resume, ownerName, OwnerEmail, pageSize);

    public static Resume Create(string templateKey, string title, params ResumeSection[] sections) =>
        Resume.Create(Guid.NewGuid(), title, templateKey, sections, isDefault: true, DateTimeOffset.UtcNow);

    /// <summary>A full, realistic resume using all nine kinds, including a Chinese name among the references.</summary>
    public static Resume Rich(string templateKey) => Create(
        templateKey,
        "Senior Backend Engineer",
        new ResumeSection(SectionKind.Summary, "Profile",
        [
            new SectionItem
            {
                Text = "Backend engineer with ten years of experience building reliable, observable services in .NET and PostgreSQL. "
                    + "Enjoys turning slow, fragile pipelines into boring ones, and mentoring engineers along the way.",
            },
        ]),
        new ResumeSection(SectionKind.Experience, "Experience",
        [
            Job("Staff Software Engineer", "Zalando SE", "Berlin, Germany", new DateOnly(2021, 3, 1), null,
                "Led the redesign of the order export pipeline: 4× throughput, p99 latency down from 2.1 s to 380 ms",
                "Introduced the outbox pattern and idempotent consumers; duplicate shipments dropped to zero",
                "Mentored six engineers; two promoted to senior"),
            Job("Senior Software Engineer", "N26 GmbH", "Berlin, Germany", new DateOnly(2017, 9, 1), new DateOnly(2021, 2, 28),
                "Built the card-transactions ledger on PostgreSQL handling 30 million events a day",
                "Owned on-call tooling and runbooks; halved mean time to recovery"),
            Job("Software Engineer", "Siemens AG", "München, Germany", new DateOnly(2014, 10, 1), new DateOnly(2017, 8, 31),
                "Developed diagnostics services for industrial controllers in C# and WCF",
                "Worked with 张伟 (Shanghai office) on a shared telemetry protocol"),
        ]),
        new ResumeSection(SectionKind.Education, "Education",
        [
            new SectionItem
            {
                Institution = "Technische Universität München", Degree = "M.Sc.", Field = "Informatics",
                StartDate = new DateOnly(2012, 10, 1), EndDate = new DateOnly(2014, 9, 30),
            },
            new SectionItem
            {
                Institution = "Universität Stuttgart", Degree = "B.Sc.", Field = "Software Engineering",
                StartDate = new DateOnly(2009, 10, 1), EndDate = new DateOnly(2012, 9, 30),
            },
        ]),
        new ResumeSection(SectionKind.Skills, "Skills",
        [
            Skill("C# / .NET", "Expert"), Skill("PostgreSQL", "Expert"), Skill("Distributed systems", "Advanced"),
            Skill("RabbitMQ", "Advanced"), Skill("Kubernetes", "Advanced"), Skill("OpenTelemetry", "Advanced"),
            Skill("Go", "Intermediate"), Skill("TypeScript", "Intermediate"),
        ]),
        new ResumeSection(SectionKind.Projects, "Projects",
        [
            new SectionItem
            {
                Name = "pg-outbox", Url = "https://github.com/jmueller/pg-outbox",
                Description = "An open-source transactional outbox for PostgreSQL and .NET.",
                Bullets = ["1.2k GitHub stars; used in production by several fintechs"],
            },
        ]),
        new ResumeSection(SectionKind.Certifications, "Certifications",
        [
            new SectionItem { Name = "Certified Kubernetes Administrator", Issuer = "CNCF", Date = new DateOnly(2022, 5, 1) },
            new SectionItem { Name = "AWS Solutions Architect – Associate", Issuer = "Amazon Web Services", Date = new DateOnly(2020, 11, 1) },
        ]),
        new ResumeSection(SectionKind.Languages, "Languages",
        [
            new SectionItem { Name = "German", Proficiency = "Native" },
            new SectionItem { Name = "English", Proficiency = "Fluent (C2)" },
            new SectionItem { Name = "中文", Proficiency = "Basic" },
        ]),
        new ResumeSection(SectionKind.Links, "Links",
        [
            new SectionItem { Label = "GitHub", Url = "https://github.com/jmueller" },
            new SectionItem { Label = "LinkedIn", Url = "https://www.linkedin.com/in/juergen-mueller/" },
        ]),
        new ResumeSection(SectionKind.Custom, "Volunteering",
        [
            new SectionItem { Text = "Coach at CoderDojo Berlin since 2018.", Bullets = ["Weekly sessions teaching kids to program"] },
        ]));

    public static Resume LongExperience(string templateKey, int items) => Create(
        templateKey,
        "Thirty Roles",
        new ResumeSection(SectionKind.Summary, "Summary", [new SectionItem { Text = "A long career, printed over several pages." }]),
        new ResumeSection(SectionKind.Experience, "Experience",
        [
            .. Enumerable.Range(1, items).Select(i => Job(
                $"Engineer {i}", $"Company {i}", "Remote", new DateOnly(1990 + (i % 30), 1, 1), new DateOnly(1991 + (i % 30), 6, 30),
                "Designed, built and ran services end to end, from the first sketch to the on-call rota",
                "Worked closely with product and design to ship features customers asked for",
                "Improved reliability and cut costs by measuring first and changing second")),
        ]),
        new ResumeSection(SectionKind.Education, "Education",
            [new SectionItem { Institution = "University", Degree = "B.Sc.", StartDate = new DateOnly(1985, 10, 1), EndDate = new DateOnly(1989, 9, 30) }]),
        new ResumeSection(SectionKind.Skills, "Skills", [Skill("Everything", "Expert")]));

    private static SectionItem Job(string role, string company, string location, DateOnly start, DateOnly? end, params string[] bullets) =>
        new() { Role = role, Company = company, Location = location, StartDate = start, EndDate = end, Bullets = bullets };

    private static SectionItem Skill(string name, string level) => new() { Name = name, Level = level };
}
