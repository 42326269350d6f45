using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.UnitTests.Fakes;

internal static class TestResumes
{
    public static IReadOnlyList<ResumeSection> Sections { get; } =
    [
        new(SectionKind.Experience, "Experience", [new SectionItem { Company = "Acme", Role = "Engineer", StartDate = new DateOnly(2020, 1, 15) }]),
        new(SectionKind.Education, "Education", [new SectionItem { Institution = "University of Porto", Degree = "BSc", StartDate = new DateOnly(2015, 9, 1) }]),
    ];

    public static Resume For(Guid userId, string title = "My resume", string templateKey = "classic", bool isDefault = false, DateTimeOffset? updatedAt = null) =>
        Resume.Create(userId, title, templateKey, Sections, isDefault, updatedAt ?? TestClock.Now.AddDays(-1));
}
