using ResumeExport.Templates;
using ResumeExport.TestSamples;

namespace ResumeExport.Application.UnitTests.Templates;

/// <summary>
/// The templates package ships a picture of page 1 of each template (the catalogue's preview) and, beside it, the hash of
/// the HTML it was printed from. Here the HTML the template makes of the same sample now must hash the same: a change to a
/// design's CSS or markup (or to the fonts' CSS) fails until deploy/tools/template-pictures.sh draws the pictures again.
/// </summary>
public sealed class TemplatePreviewFreshnessTests
{
    private static IEnumerable<string> TemplateKeys => ResumeTemplates.Keys;

    [TestCaseSource(nameof(TemplateKeys))]
    public void The_shipped_preview_was_drawn_from_the_templates_current_html(string templateKey)
    {
        Assert.That(ResumeTemplates.TryGetPreview(templateKey, out var preview), Is.True, $"src/Templates/Previews/{templateKey}.png and .sha256 are embedded");
        Assert.That(preview!.SourceHash, Is.EqualTo(TemplatePreviewSource.Hash(templateKey)),
            $"the preview of {templateKey} is stale: run deploy/tools/template-pictures.sh and commit src/Templates/Previews and docs/images/templates");
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public void The_sample_makes_the_same_html_every_time_so_its_hash_can_be_compared(string templateKey)
    {
        var first = TemplatePreviewSource.Html(templateKey);

        Assert.That(TemplatePreviewSource.Html(templateKey), Is.EqualTo(first));
    }

    [Test]
    public void A_key_that_names_no_template_has_no_preview()
    {
        Assert.That(ResumeTemplates.TryGetPreview("nope", out _), Is.False);
    }
}
