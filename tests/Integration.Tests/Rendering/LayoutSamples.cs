using ResumeExport.Domain.Resumes;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>Long resumes whose every bullet can be found in the extracted text: bullet 3.2 starts and ends with "3.2".</summary>
internal static class LayoutSamples
{
    /// <summary>The one line of the short last section (a custom section: the wide column in compact, the last one elsewhere).</summary>
    public const string TrailingSectionText = "Mentor at CoderDojo Berlin";

    public static string Role(int job) => $"Engineer {job}";

    public static string Bullet(int job, int bullet) =>
        $"{job}.{bullet} Designed, built and ran services end to end, from the first sketch to the on-call rota, item {job}.{bullet}";

    /// <param name="lastJobBullets">Bullets of the last job (the others have <paramref name="bullets"/>): fine-tunes where the content ends.</param>
    /// <param name="trailingSection">Ends with a one-line section, the kind that would sit alone on a last page.</param>
    public static Resume Long(string templateKey, int jobs, int bullets, int? lastJobBullets = null, bool trailingSection = false)
    {
        var sections = new List<ResumeSection>
        {
            new(SectionKind.Summary, "Summary", [new SectionItem { Text = "Engineer with a long career building reliable backend systems, data pipelines and teams." }]),
            new(SectionKind.Experience, "Experience",
            [
                .. Enumerable.Range(1, jobs).Select(job => new SectionItem
                {
                    Role = Role(job),
                    Company = $"Company {job}",
                    Location = "Berlin",
                    StartDate = new DateOnly(1990 + job, 1, 1),
                    EndDate = new DateOnly(1991 + job, 6, 30),
                    Bullets = [.. Enumerable.Range(1, job == jobs ? lastJobBullets ?? bullets : bullets).Select(bullet => Bullet(job, bullet))],
                }),
            ]),
            new(SectionKind.Education, "Education",
                [new SectionItem { Institution = "TU Berlin", Degree = "M.Sc.", Field = "Informatics", StartDate = new DateOnly(1984, 10, 1), EndDate = new DateOnly(1990, 9, 30) }]),
            new(SectionKind.Skills, "Skills", [new SectionItem { Name = "C#", Level = "Expert" }, new SectionItem { Name = "PostgreSQL", Level = "Expert" }]),
        };
        if (trailingSection)
        {
            sections.Add(new(SectionKind.Custom, "Volunteering", [new SectionItem { Text = TrailingSectionText }]));
        }

        return Resume.Create(Guid.NewGuid(), "Long career", templateKey, sections, isDefault: true, DateTimeOffset.UtcNow,
            new ResumeBasics { Name = "Ada Lovelace", Label = "Principal Engineer", Email = "ada@example.com" }, "en");
    }
}
