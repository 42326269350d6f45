namespace ResumeExport.Integration.Tests.Support;

/// <summary>Request bodies for resumes, valid for the classic template unless changed.</summary>
public static class ResumeSamples
{
    public static object Classic(string title = "Backend Engineer", int experienceItems = 1) => new
    {
        title,
        templateKey = "classic",
        sections = new object[]
        {
            new { kind = "summary", title = "Summary", items = new object[] { new { text = "Builds reliable back ends." } } },
            Experience(experienceItems),
            new
            {
                kind = "education",
                title = "Education",
                items = new object[] { new { institution = "TU Berlin", degree = "MSc", field = "Computer Science", startDate = "2012-10-01", endDate = "2014-09-30" } },
            },
        },
    };

    public static object Experience(int items) => new
    {
        kind = "experience",
        title = "Experience",
        items = Enumerable.Range(0, items).Select(i => (object)new
        {
            company = $"Company {i}",
            role = "Engineer",
            location = "Berlin",
            startDate = "2015-01-01",
            endDate = "2019-12-31",
            bullets = new[] { "Shipped things.", "Kept them running." },
        }).ToArray(),
    };

    /// <summary>A classic resume with <paramref name="count"/> sections (experience, education, then extra skills sections).</summary>
    public static object WithSections(int count) => new
    {
        title = "Many sections",
        templateKey = "classic",
        sections = new object[]
        {
            Experience(1),
            new { kind = "education", title = "Education", items = new object[] { new { institution = "MIT", degree = "BSc", startDate = "2008-09-01" } } },
        }.Concat(Enumerable.Range(0, Math.Max(0, count - 2)).Select(i => (object)new
        {
            kind = "skills",
            title = $"Skills {i}",
            items = new object[] { new { name = "C#", level = "expert" } },
        })).ToArray(),
    };
}
