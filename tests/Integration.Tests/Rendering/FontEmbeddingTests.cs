using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ResumeExport.Adapters.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Graphics.Operations.TextPositioning;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// Through real Chromium, for every script and every template: what pdffonts and pdftotext see in a one-page resume. Type 3
/// glyph procedures are what applicant tracking systems and some viewers read worst, so every font must be an embedded
/// TrueType subset with a ToUnicode map, bold and italic must be real faces, and the text must come back whole.
/// </summary>
public sealed partial class FontEmbeddingTests
{
    private static readonly string[] TemplateKeys = [.. ResumeExport.Templates.ResumeTemplates.Keys];
    private readonly ConcurrentDictionary<(string Template, string Script), byte[]> _printed = new();
    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;

    private static IEnumerable<TestCaseData> Cases =>
        TemplateKeys.SelectMany(template => ScriptSample.All.Select(sample => new TestCaseData(template, sample.Script)));

    [OneTimeSetUp]
    public void StartBrowserPool() => (_pool, _renderer) = ChromiumRendererFactory.Create();

    [OneTimeTearDown]
    public async Task StopBrowserPoolAsync() => await _pool.DisposeAsync();

    [TestCaseSource(nameof(Cases))]
    public async Task Every_font_is_an_embedded_truetype_subset_with_a_tounicode_map(string templateKey, string script)
    {
        var sample = ScriptSample.Named(script);
        var pdf = await PrintAsync(templateKey, sample);

        var fonts = PdfTools.Fonts(pdf);
        TestContext.Out.WriteLine($"{templateKey} × {sample}: {pdf.Length} bytes; {string.Join(", ", fonts)}");
        Assert.That(fonts, Is.Not.Empty);
        Assert.That(fonts, Has.All.Matches<PdfFontRow>(font =>
            font.Type is "CID TrueType" or "TrueType" && font.Embedded && font.Subset && font.ToUnicode), string.Join("\n", fonts));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Bold_and_italic_print_in_the_scripts_own_bold_and_italic_faces(string templateKey, string script)
    {
        var sample = ScriptSample.Named(script);
        var names = PdfTools.Fonts(await PrintAsync(templateKey, sample)).Select(font => font.Name).ToList();

        Assert.That(names, Has.Some.Contains(sample.Face).IgnoreCase.And.Contains("Bold").IgnoreCase, string.Join(", ", names));
        if (sample.HasItalics)
        {
            Assert.That(names, Has.Some.Contains(sample.Face).IgnoreCase.And.Contains("Italic").IgnoreCase, string.Join(", ", names));
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task No_text_is_slanted_or_stroked_into_a_fake_italic_or_bold(string templateKey, string script)
    {
        var sample = ScriptSample.Named(script);
        using var document = PdfDocument.Open(await PrintAsync(templateKey, sample));
        var page = document.GetPage(1);

        // Chromium fakes an italic by skewing the text (or current) matrix and a bold by stroking the glyph outlines.
        var skewed = page.Operations
            .Select(operation => operation switch
            {
                SetTextMatrix text => text.Value,
                ModifyCurrentTransformationMatrix matrix => matrix.Value,
                _ => null,
            })
            .Where(matrix => matrix is not null && (Math.Abs(matrix[1]) > 1e-6 || Math.Abs(matrix[2]) > 1e-6))
            .Select(matrix => string.Join(" ", matrix!))
            .ToList();
        var stroked = page.Letters.Where(letter => letter.RenderingMode is not (TextRenderingMode.Fill or TextRenderingMode.Neither)).ToList();
        var italicLetters = string.Concat(page.Letters.Where(letter => (letter.FontName ?? string.Empty).Contains("Italic", StringComparison.OrdinalIgnoreCase)).Select(letter => letter.Value));
        Assert.Multiple(() =>
        {
            Assert.That(skewed, Is.Empty, "a skewed matrix draws a synthesised oblique");
            Assert.That(stroked.Select(letter => letter.Value), Is.Empty, "a stroked glyph is a synthesised bold");
            if (sample.HasItalics)
            {
                // The item descriptions are italic: they print in the italic font file, upright matrix and all.
                Assert.That(Letters(italicLetters), Does.Contain(Letters(sample.Description)), $"letters in an italic face: {italicLetters}");
            }
        });
    }

    [TestCaseSource(nameof(Cases))]
    public async Task The_text_reads_back_whole_with_no_missing_glyph(string templateKey, string script)
    {
        var sample = ScriptSample.Named(script);
        var text = Letters(PdfTools.Text(await PrintAsync(templateKey, sample)));

        // A .notdef (tofu) glyph has no Unicode value, so a character drawn as one is missing from the extracted text.
        string[] written = [sample.Name, sample.Role, sample.Phrase, sample.Description];
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("\uFFFD"));
            Assert.That(Letters(string.Concat(written)).Distinct().Where(letter => !text.Contains(letter)), Is.Empty);

            // pdftotext puts right-to-left text in reading order but spells a two-letter ligature glyph (lam-alef) backwards.
            if (!sample.IsRightToLeft)
            {
                Assert.That(written.Select(Letters), Has.All.Matches<string>(text.Contains), text);
            }
        });
    }

    [TestCaseSource(nameof(Cases))]
    public async Task A_one_page_resume_in_any_script_weighs_at_most_one_and_a_half_times_the_latin_one(string templateKey, string script)
    {
        var sample = ScriptSample.Named(script);
        var latin = (await PrintAsync(templateKey, ScriptSample.All[0])).Length;
        var pdf = await PrintAsync(templateKey, sample);

        TestContext.Out.WriteLine($"{templateKey} × {sample}: {pdf.Length} bytes, {pdf.Length / (double)latin:0.00}× Latin's {latin}");
        Assert.That(pdf.Length, Is.AtMost(latin * 1.5), $"{sample}: {pdf.Length} bytes against {latin} for Latin");
        Assert.That(PdfDocumentInfo.CountPages(pdf), Is.EqualTo(1), sample.ToString());
    }

    [TestCaseSource(nameof(TemplateKeys))]
    public async Task Ligatures_never_replace_letters_so_office_flow_and_fine_read_back_as_typed(string templateKey)
    {
        var text = PdfTools.Text(await PrintAsync(templateKey, ScriptSample.All[0]));

        Assert.That(text, Does.Contain("office").And.Contain("flow").And.Contain("fine").And.Contain("Office Flow"));
        Assert.That(text, Does.Not.Contain("\uFB00").And.Not.Contain("\uFB01").And.Not.Contain("\uFB02").And.Not.Contain("\uFB03"));
    }

    /// <summary>The text without white space: line breaks and the extractor's guesses at word gaps (it splits some Devanagari words) are not under test.</summary>
    private static string Letters(string text) => Whitespace().Replace(text, string.Empty);

    private async Task<byte[]> PrintAsync(string templateKey, ScriptSample sample)
    {
        if (_printed.TryGetValue((templateKey, sample.Script), out var known))
        {
            return known;
        }

        var pdf = (await _renderer.RenderAsync(RenderingSamples.Request(sample.Resume(templateKey)), CancellationToken.None)).Content;
        if (Environment.GetEnvironmentVariable("FONT_SAMPLES_DIR") is { Length: > 0 } directory)
        {
            // For looking into a script's weight (pdffonts, qpdf): key-script.pdf.
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, $"{templateKey}-{sample.Language}.pdf"), pdf);
        }

        return _printed.GetOrAdd((templateKey, sample.Script), pdf);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
