using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ResumeExport.Adapters.Rendering.Documents;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Integration.Tests.Rendering.Documents;

/// <summary>The Markdown of every full resume, parsed back with Markdig's CommonMark parser.</summary>
public sealed class MarkdownResumeWriterTests
{
    private static IEnumerable<string> Languages => FullResumes.Languages;

    [TestCaseSource(nameof(Languages))]
    public void The_heading_tree_is_the_name_then_the_sections_then_their_items(string language)
    {
        var outline = FullResumes.Outline(language);
        FullResumes.Keep($"resume-{language}.md", MarkdownResumeWriter.Write(outline));
        var parsed = Parse(outline);

        var headings = parsed.Descendants<HeadingBlock>().Select(h => (h.Level, Text: InlineText(h.Inline))).ToList();

        var expected = new List<(int, string)> { (1, outline.Name) };
        foreach (var section in outline.Sections)
        {
            expected.Add((2, section.Heading));
            expected.AddRange(section.IsList ? [] : section.Items.Select(i => i.Title).OfType<string>().Select(title => (3, title)));
        }

        Assert.Multiple(() =>
        {
            Assert.That(headings, Is.EqualTo(expected));
            Assert.That(headings.Count(h => h.Level == 2), Is.EqualTo(14), "every kind has its section");
        });
    }

    [TestCaseSource(nameof(Languages))]
    public void The_list_items_are_the_bullets_and_the_entries_of_list_sections_in_order(string language)
    {
        var outline = FullResumes.Outline(language);
        var parsed = Parse(outline);

        var items = parsed.Descendants<ListItemBlock>().Select(item => string.Join(" ", item.Descendants<ParagraphBlock>().Select(p => InlineText(p.Inline)))).ToList();

        var expected = outline.Sections.SelectMany(s => s.IsList ? s.Items.Select(i => i.Title!) : s.Items.SelectMany(i => i.Bullets)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.EqualTo(expected.Count));
            for (var i = 0; i < Math.Min(items.Count, expected.Count); i++)
            {
                Assert.That(items[i], Does.StartWith(expected[i]), $"list item {i}");
            }

            Assert.That(parsed.Descendants<ListBlock>(), Has.All.Matches<ListBlock>(l => !l.IsOrdered && l.BulletType == '-'));
        });
    }

    [TestCaseSource(nameof(Languages))]
    public void Every_fact_is_there_as_text_and_every_http_url_is_a_link(string language)
    {
        var outline = FullResumes.Outline(language);
        var parsed = Parse(outline);
        var text = string.Join("\n", parsed.Descendants<LeafBlock>().Select(b => InlineText(b.Inline)));
        var links = parsed.Descendants<LinkInline>().Select(l => l.Url).Order().ToList();

        var expectedLinks = outline.Contacts.Select(c => c.Target)
            .Concat(outline.Sections.SelectMany(s => s.Items).SelectMany(i => i.Links).Select(l => l.Target))
            .OfType<Uri>().Select(u => u.AbsoluteUri).Order().ToList();
        Assert.Multiple(() =>
        {
            foreach (var fact in outline.Texts())
            {
                Assert.That(text, Does.Contain(fact));
            }

            Assert.That(links, Is.EqualTo(expectedLinks));
            Assert.That(parsed.Descendants<HtmlBlock>(), Is.Empty, "no HTML from user text");
            Assert.That(parsed.Descendants<HtmlInline>(), Is.Empty, "no HTML from user text");
        });
    }

    [Test]
    public void Text_that_looks_like_markdown_stays_text()
    {
        var outline = FullResumes.Outline(FullResumes.English);
        var parsed = Parse(outline);
        var paragraphs = parsed.Descendants<ParagraphBlock>().Select(p => InlineText(p.Inline)).ToList();
        var items = parsed.Descendants<ListItemBlock>().Select(i => InlineText(i.Descendants<ParagraphBlock>().Single().Inline)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(paragraphs, Does.Contain("# Not a heading <b>nor bold</b>"));
            Assert.That(paragraphs, Does.Contain("Backend engineer with *ten* years in .NET & PostgreSQL."));
            Assert.That(items, Does.Contain("- not a nested list").And.Contain("1. not numbered").And.Contain("Led a team of six_engineers"));
            Assert.That(parsed.Descendants<EmphasisInline>().Select(e => InlineText(e)), Has.None.Contain("ten"));
            Assert.That(parsed.Descendants<LinkInline>().Select(l => l.Url), Has.None.StartsWith("javascript:"));
        });
    }

    [TestCase("2020. A year", true, "2020\\. A year")]
    [TestCase("2020. A year", false, "2020. A year")]
    [TestCase("1.2k stars", true, "1.2k stars")]
    [TestCase("- dash", true, "\\- dash")]
    [TestCase("+49 30 1234", true, "+49 30 1234")]
    [TestCase("+ plus", true, "\\+ plus")]
    [TestCase("a_b*c`d[e]f<g>h&i|j~k!l#m\\n", false, "a\\_b\\*c\\`d\\[e\\]f\\<g\\>h\\&i\\|j\\~k\\!l\\#m\\\\n")]
    [TestCase("plain words, 3.5 years", true, "plain words, 3.5 years")]
    public void Escaping_puts_a_backslash_before_syntax_only(string text, bool lineStart, string escaped) =>
        Assert.That(MarkdownResumeWriter.Escape(text, lineStart), Is.EqualTo(escaped));

    [Test]
    public void The_file_is_UTF8_without_a_byte_order_mark_with_unix_line_ends()
    {
        var bytes = MarkdownResumeWriter.Write(FullResumes.Outline(FullResumes.Japanese));
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(bytes.AsSpan(0, 3).ToArray(), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(text, Does.Not.Contain("\r"));
            Assert.That(text, Does.StartWith("# 山田 花子\n").And.EndWith("\n"));
        });
    }

    private static MarkdownDocument Parse(ResumeOutline outline) =>
        Markdown.Parse(Encoding.UTF8.GetString(MarkdownResumeWriter.Write(outline)));

    private static string InlineText(Inline? inline) => inline switch
    {
        null => string.Empty,
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        LineBreakInline => " ",
        ContainerInline container => string.Concat(container.Select(InlineText)),
        _ => string.Empty,
    };
}
