namespace ResumeExport.Templates.Tests;

/// <summary>Documents for the tests: one with every section kind, and hostile text in every field a user controls.</summary>
internal static class SampleDocuments
{
    public const string ScriptTag = "<script>alert(1)</script>";
    public const string ImageTag = "<img src=http://127.0.0.1:9/x>";
    public const string AttributeBreakout = "\" onload=\"x";

    public static ResumeDocument WithEveryKind(string title = "Senior Platform Engineer", string author = "Jane Doe") => new(
        title,
        author,
        "jane@example.com",
        [
            new(ResumeSectionKinds.Summary, "Summary", [new() { Text = "Builds reliable systems." }]),
            new(ResumeSectionKinds.Experience, "Experience",
            [
                new()
                {
                    Company = "Acme GmbH", Role = "Staff Engineer", Location = "Berlin", StartDate = new DateOnly(2020, 1, 15),
                    Url = "https://acme.example.com/", Description = "Industrial automation, 900 people.",
                    Summary = "Owns the platform team's roadmap.", Bullets = ["Cut p99 latency by 40%", "Led a team of six"],
                },
                new() { Company = "Initech", Role = "Engineer", StartDate = new DateOnly(2016, 3, 1), EndDate = new DateOnly(2019, 12, 31) },
            ]),
            new(ResumeSectionKinds.Education, "Education",
            [
                new()
                {
                    Institution = "TU München", Degree = "MSc", Field = "Informatics", StartDate = new DateOnly(2013, 10, 1), EndDate = new DateOnly(2015, 9, 30),
                    Url = "https://www.tum.de/", Score = "1.3", Courses = ["Compilers", "Distributed Systems"],
                },
            ]),
            new(ResumeSectionKinds.Skills, "Skills", [new() { Name = "C#", Level = "Expert" }, new() { Name = "PostgreSQL" }]),
            new(ResumeSectionKinds.Projects, "Projects",
            [
                new()
                {
                    Name = "pdf-kit", Description = "A PDF toolkit.", Url = "https://github.com/jane/pdf-kit", Bullets = ["2k stars"],
                    Entity = "Open Source Lab", Type = "library", Roles = ["Maintainer", "Author"], Keywords = ["PDF", "Rust"],
                    StartDate = new ResumeDocumentDate(2018), EndDate = new ResumeDocumentDate(2021, 6),
                },
            ]),
            new(ResumeSectionKinds.Certifications, "Certifications",
                [new() { Name = "CKA", Issuer = "CNCF", Date = new DateOnly(2022, 5, 1), Url = "https://cncf.io/cka" }]),
            new(ResumeSectionKinds.Languages, "Languages", [new() { Name = "German", Proficiency = "Native" }]),
            new(ResumeSectionKinds.Links, "Links", [new() { Label = "GitHub", Url = "https://github.com/jane" }]),
            new(ResumeSectionKinds.Custom, "Volunteering", [new() { Text = "Mentor at CoderDojo", Bullets = ["Weekly sessions"] }]),
            new(ResumeSectionKinds.Volunteer, "Volunteering",
            [
                new()
                {
                    Organization = "Tafel Berlin", Role = "Driver", Url = "https://tafel.example.org", StartDate = new ResumeDocumentDate(2017, 4),
                    EndDate = new ResumeDocumentDate(2018), Summary = "Collected food from shops.", Bullets = ["Two routes a week"],
                },
            ]),
            new(ResumeSectionKinds.Awards, "Awards",
                [new() { Name = "Engineer of the Year", Issuer = "Acme GmbH", Date = new ResumeDocumentDate(2021), Summary = "For the latency work." }]),
            new(ResumeSectionKinds.Publications, "Publications",
            [
                new()
                {
                    Name = "Tail latency in practice", Publisher = "USENIX ;login:", Date = new ResumeDocumentDate(2022, 9),
                    Url = "https://usenix.example.org/tail", Summary = "Where the 99th percentile comes from.",
                },
            ]),
            new(ResumeSectionKinds.Interests, "Interests", [new() { Name = "Climbing", Keywords = ["Bouldering", "Alpine"] }]),
            new(ResumeSectionKinds.References, "References", [new() { Name = "Max Muster", Text = "Jane made our platform boring, in the best way." }]),
        ]);

    /// <summary>Every user-controlled string set to <paramref name="hostile"/>; URLs too.</summary>
    public static ResumeDocument Hostile(string hostile)
    {
        var item = new ResumeDocumentItem
        {
            Text = hostile,
            Company = hostile,
            Role = hostile,
            Location = hostile,
            Institution = hostile,
            Degree = hostile,
            Field = hostile,
            Name = hostile,
            Level = hostile,
            Description = hostile,
            Url = hostile,
            Issuer = hostile,
            Proficiency = hostile,
            Label = hostile,
            Summary = hostile,
            Organization = hostile,
            Publisher = hostile,
            Score = hostile,
            Entity = hostile,
            Type = hostile,
            Courses = [hostile],
            Roles = [hostile],
            Bullets = [hostile],
            Keywords = [hostile],
            StartDate = new DateOnly(2020, 1, 1),
        };
        return new ResumeDocument(hostile, hostile, hostile, [.. ResumeSectionKinds.All.Select(kind => new ResumeDocumentSection(kind, hostile, [item]))])
        {
            Language = hostile,
            Headline = hostile,
            Phone = hostile,
            Location = hostile,
            Website = hostile,
            Profiles = [new(hostile, hostile, hostile), new(hostile, null, hostile)],
        };
    }
}
