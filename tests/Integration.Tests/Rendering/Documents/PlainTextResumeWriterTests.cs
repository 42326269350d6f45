using System.Text;
using ResumeExport.Adapters.Rendering.Documents;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>The plain text of every full resume: what a web form receives when it is pasted in.</summary>
public sealed class PlainTextResumeWriterTests
{
    private static IEnumerable<string> Languages => FullResumes.Languages;

    [TestCaseSource(nameof(Languages))]
    public void The_text_is_valid_UTF8_with_unix_line_ends_and_no_layout_characters(string language)
    {
        var bytes = PlainTextResumeWriter.Write(FullResumes.Outline(language));
        FullResumes.Keep($"resume-{language}.txt", bytes);

        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(bytes.AsSpan(0, 3).ToArray(), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
            Assert.That(text, Has.None.Matches<char>(c => c != '\n' && char.IsControl(c)), "no tabs, carriage returns or other controls");
            Assert.That(text, Has.None.Matches<char>(c => c is >= '\u2500' and <= '\u259F'), "no box drawing or block elements");
            Assert.That(text, Does.Not.Contain("\n\n\n"), "at most one blank line in a row");
            Assert.That(text, Does.EndWith("\n").And.Not.EndWith("\n\n"));
        });
    }

    [TestCaseSource(nameof(Languages))]
    public void Every_fact_has_a_line_of_its_own_and_no_markdown_is_added(string language)
    {
        var outline = FullResumes.Outline(language);
        var lines = Lines(outline);
        var facts = outline.Texts().ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo(outline.Name));
            Assert.That(lines[1], Is.EqualTo(outline.Headline));
            foreach (var contact in outline.Contacts)
            {
                Assert.That(lines.Count(l => l.StartsWith(contact.Text, StringComparison.Ordinal) || (contact.Target is { } url && l == url.AbsoluteUri)), Is.EqualTo(1), contact.Text);
            }

            foreach (var fact in outline.Texts())
            {
                Assert.That(lines.Any(l => l.Contains(fact, StringComparison.Ordinal)), Is.True, $"'{fact}' is on a line");
            }

            foreach (var bullet in outline.Sections.Where(s => !s.IsList).SelectMany(s => s.Items).SelectMany(i => i.Bullets))
            {
                Assert.That(lines, Does.Contain(PlainTextResumeWriter.BulletPrefix + bullet), "a bullet is a line");
            }

            // What the writer adds itself (not the person's own words) is never Markdown.
            var added = lines.Where(l => l.Length > 0 && !facts.Contains(l) && !facts.Contains(l.Replace(PlainTextResumeWriter.BulletPrefix, string.Empty, StringComparison.Ordinal)));
            Assert.That(added, Has.None.Match(@"^(#|[-*+] |>|\d+\. )|\*\*|\]\(|`"));
        });
    }

    [TestCaseSource(nameof(Languages))]
    public void Sections_are_a_blank_line_and_their_heading(string language)
    {
        var outline = FullResumes.Outline(language);
        var lines = Lines(outline);

        var headings = Enumerable.Range(1, lines.Count - 1).Where(i => lines[i - 1].Length == 0 && outline.Sections.Any(s => s.Heading == lines[i]))
            .Select(i => lines[i]).ToList();

        Assert.That(headings, Is.EqualTo(outline.Sections.Select(s => s.Heading)));
    }

    [Test]
    public void Links_are_written_out_in_full_because_a_form_keeps_no_links()
    {
        var lines = Lines(FullResumes.Outline(FullResumes.English));

        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("https://jane.example/"));
            Assert.That(lines, Does.Contain("GitHub: jane (https://github.com/jane)"));
            Assert.That(lines, Does.Contain("Blog \u2014 https://jane.example/blog"));
            Assert.That(lines, Does.Contain("Unsafe \u2014 javascript:alert(1)"), "a URL that is no link is still the person's text");
        });
    }

    private static List<string> Lines(ResumeOutline outline) =>
        [.. Encoding.UTF8.GetString(PlainTextResumeWriter.Write(outline)).TrimEnd('\n').Split('\n')];
}
