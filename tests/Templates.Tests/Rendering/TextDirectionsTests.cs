using System.Text.RegularExpressions;
using ResumeExport.Templates.Outline;

namespace ResumeExport.Templates.Tests.Rendering;

/// <summary>Which way a resume runs follows from its language alone, and the HTML and the outline (Word, Markdown, text) agree.</summary>
public sealed partial class TextDirectionsTests
{
    private static readonly string[] RightToLeftTags =
        ["ar", "ar-AE", "he", "he-IL", "iw", "fa", "fa-IR", "ur", "ps", "sd", "yi", "dv", "ckb", "ug", "az-Arab", "ku-Arab", "pa-Arab-PK"];

    private static readonly string[] LeftToRightTags =
        ["en", "en-GB", "de", "ja", "zh-Hant-TW", "ru", "tr", "ku", "az-Latn", "sd-Deva", "he-Latn", "xx"];

    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [TestCaseSource(nameof(TemplateKeys))]
    public void A_right_to_left_language_prints_with_dir_rtl_in_every_template(string key)
    {
        Assert.Multiple(() =>
        {
            foreach (var tag in RightToLeftTags)
            {
                Assert.That(Direction(ResumeTemplates.Render(key, SampleDocuments.WithEveryKind() with { Language = tag }, TemplatePageSize.A4)), Is.EqualTo("rtl"), tag);
            }

            foreach (var tag in LeftToRightTags)
            {
                Assert.That(Direction(ResumeTemplates.Render(key, SampleDocuments.WithEveryKind() with { Language = tag }, TemplatePageSize.A4)), Is.EqualTo("ltr"), tag);
            }

            Assert.That(Direction(ResumeTemplates.Render(key, SampleDocuments.WithEveryKind(), TemplatePageSize.A4)), Is.EqualTo("ltr"), "no language");
        });
    }

    [Test]
    public void The_outline_runs_the_same_way_as_the_html()
    {
        Assert.Multiple(() =>
        {
            foreach (var tag in RightToLeftTags.Concat(LeftToRightTags))
            {
                var document = SampleDocuments.WithEveryKind() with { Language = tag };
                var html = Direction(ResumeTemplates.Render("classic", document, TemplatePageSize.A4));
                Assert.That(ResumeOutline.Build(document).IsRightToLeft, Is.EqualTo(html == "rtl"), tag);
            }
        });
    }

    [Test]
    public void The_language_and_the_direction_sit_on_the_html_element()
    {
        var html = ResumeTemplates.Render("modern", SampleDocuments.WithEveryKind() with { Language = "ar-AE" }, TemplatePageSize.A4);

        Assert.That(html, Does.StartWith("<!DOCTYPE html><html lang=\"ar-AE\" dir=\"rtl\"><head>"));
    }

    private static string Direction(string html) => HtmlDir().Match(html) is { Success: true } match ? match.Groups[1].Value : "(none)";

    [GeneratedRegex("^<!DOCTYPE html><html[^>]* dir=\"(rtl|ltr)\"")]
    private static partial Regex HtmlDir();
}
