using ResumeExport.Adapters.Rendering;
using ResumeExport.Domain.Resumes;
using ResumeExport.Templates;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ResumeExport.Integration.Tests.Rendering;

/// <summary>
/// Through real Chromium, every template prints an Arabic or Hebrew resume right to left: its text comes back in the
/// order it was typed (read as <see cref="PdfReadingOrder"/> explains), and its headings, dates and bullet markers sit
/// where its English twin's are, mirrored about the middle of the page.
/// </summary>
public sealed class RightToLeftPrintTests
{
    /// <summary>Points of slack for mirrored edges: glyph side bearings differ between scripts.</summary>
    private const double EdgeTolerance = 3;

    /// <summary>Templates that print an item's dates in a leading column, before its head, start-aligned (not at its end).</summary>
    private static readonly HashSet<string> DatesLeadTheItem = ["timeline"];

    /// <summary>Templates whose bullet markers are short bars, not discs or rings.</summary>
    private static readonly HashSet<string> BulletsAreBars = ["timeline"];

    /// <summary>Templates that stack the contact facts one per line (a sidebar), rather than on one line.</summary>
    private static readonly HashSet<string> ContactFactsStacked = ["mashriq"];

    /// <summary>Templates that stack skill names in a column (compact's two-column grid, mashriq's sidebar), each name its own line.</summary>
    private static readonly HashSet<string> SkillsStacked = ["compact", "mashriq"];

    /// <summary>The summary's opening words: they fit one line in every template, even a narrow main column that wraps the rest.</summary>
    private const string EnglishSummaryOpening = "Software engineer who builds reliable";

    private ChromiumBrowserPool _pool = null!;
    private ChromiumResumePdfRenderer _renderer = null!;

    private static IEnumerable<TestCaseData> RightToLeftCases() =>
        from key in ResumeTemplates.Keys
        from language in new[] { "ar", "he" }
        select new TestCaseData(key, language).SetArgDisplayNames(key, language);

    /// <summary>The templates that stack skills in columns; the others run them along a line, with no column edge to share.</summary>
    private static IEnumerable<TestCaseData> StackedSkillCases() =>
        from key in ResumeTemplates.Keys.Where(SkillsStacked.Contains)
        from language in new[] { "ar", "he" }
        select new TestCaseData(key, language).SetArgDisplayNames(key, language);

    [OneTimeSetUp]
    public void StartBrowserPool() => (_pool, _renderer) = ChromiumRendererFactory.Create();

    [OneTimeTearDown]
    public async Task StopBrowserPoolAsync() => await _pool.DisposeAsync();

    [TestCaseSource(nameof(RightToLeftCases))]
    public async Task A_right_to_left_resume_reads_back_in_the_order_it_was_typed(string templateKey, string language)
    {
        var story = Story(language);
        using var pdf = await PrintAsync(RightToLeftSamples.Resume(templateKey, story));

        var page = pdf.GetPage(1);
        Assert.Multiple(() =>
        {
            Assert.That(pdf.NumberOfPages, Is.EqualTo(1));
            Assert.That(PdfReadingOrder.Find(page, story.Summary, rightToLeft: true), Is.Not.Null, "the summary sentence, word by word");
            Assert.That(PdfReadingOrder.Find(page, story.Job1.Bullets[0], rightToLeft: true), Is.Not.Null, "the first bullet");
            Assert.That(PdfReadingOrder.Find(page, story.FirstJobDates, rightToLeft: true), Is.Not.Null, "the first job's dates");
            Assert.That(PdfReadingOrder.Find(page, RightToLeftSamples.LatinSkill, rightToLeft: false), Is.Not.Null, "a Latin skill reads left to right, its trailing signs in place");
            foreach (var heading in story.Headings)
            {
                Assert.That(PdfReadingOrder.Find(page, heading, rightToLeft: true), Is.Not.Null, heading);
            }
        });
    }

    [TestCaseSource(nameof(RightToLeftCases))]
    public async Task Headings_dates_and_bullets_are_the_mirror_of_the_english_layout(string templateKey, string language)
    {
        var story = Story(language);
        using var rtlPdf = await PrintAsync(RightToLeftSamples.Resume(templateKey, story));
        using var ltrPdf = await PrintAsync(RightToLeftSamples.Resume(templateKey, RightToLeftSamples.English));

        var (rtl, ltr) = (rtlPdf.GetPage(1), ltrPdf.GetPage(1));
        var width = ltr.Width;
        var rtlMarkers = PdfReadingOrder.BulletMarkers(rtl, bars: BulletsAreBars.Contains(templateKey));
        var ltrMarkers = PdfReadingOrder.BulletMarkers(ltr, bars: BulletsAreBars.Contains(templateKey));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < story.Headings.Length; i++)
            {
                var rtlHeading = Located(rtl, story.Headings[i], rightToLeft: true);
                var ltrHeading = Located(ltr, RightToLeftSamples.English.Headings[i], rightToLeft: false);
                Assert.That(rtlHeading.Right, Is.EqualTo(width - ltrHeading.Left).Within(EdgeTolerance), $"{story.Headings[i]} starts at the right, where the English heading starts at the left");
            }

            var rtlDates = Located(rtl, story.FirstJobDates, rightToLeft: true);
            var ltrDates = Located(ltr, RightToLeftSamples.English.FirstJobDates, rightToLeft: false);
            var rtlCompany = Located(rtl, story.Job1.Company, rightToLeft: true);
            var ltrCompany = Located(ltr, RightToLeftSamples.English.Job1.Company, rightToLeft: false);
            if (DatesLeadTheItem.Contains(templateKey))
            {
                Assert.That(rtlDates.Right, Is.EqualTo(width - ltrDates.Left).Within(EdgeTolerance), "the dates start at the right, mirroring the English left edge");
                Assert.That(rtlDates.Left, Is.GreaterThan(rtlCompany.Right), "right to left: dates right of the item's head");
                Assert.That(ltrDates.Right, Is.LessThan(ltrCompany.Left), "left to right: dates left of the item's head");
            }
            else
            {
                Assert.That(rtlDates.Left, Is.EqualTo(width - ltrDates.Right).Within(EdgeTolerance), "the dates end at the left, mirroring the English right edge");
                Assert.That(rtlDates.Right, Is.LessThan(rtlCompany.Left), "right to left: dates left of the item's head");
                Assert.That(ltrDates.Left, Is.GreaterThan(ltrCompany.Right), "left to right: dates right of the item's head");
            }

            Assert.That(rtlMarkers, Has.Count.EqualTo(3).And.Count.EqualTo(ltrMarkers.Count), $"one marker per bullet; found {string.Join(", ", rtlMarkers.Select(m => $"{m.Width:0.#}x{m.Height:0.#} at {m.Left:0},{m.Bottom:0}"))}");
            foreach (var (right, left) in rtlMarkers.Zip(ltrMarkers))
            {
                Assert.That((right.Left + right.Right) / 2, Is.EqualTo(width - ((left.Left + left.Right) / 2)).Within(EdgeTolerance), "bullet markers mirrored");
            }

            var rtlBullet = Located(rtl, story.Job1.Bullets[0], rightToLeft: true);
            var ltrBullet = Located(ltr, RightToLeftSamples.English.Job1.Bullets[0], rightToLeft: false);
            Assert.That(rtlMarkers[0].Left, Is.GreaterThan(rtlBullet.Right), "in right to left the marker is right of its text");
            Assert.That(ltrMarkers[0].Right, Is.LessThan(ltrBullet.Left), "in left to right the marker is left of its text");
        });
    }

    [TestCaseSource(nameof(StackedSkillCases))]
    public async Task A_latin_skill_name_starts_at_the_right_of_its_column_like_the_skill_above_it(string templateKey, string language)
    {
        var story = Story(language);
        using var pdf = await PrintAsync(RightToLeftSamples.Resume(templateKey, story));

        // The Latin skill comes last: in a two-column grid it sits under the second, in one column under the third.
        var page = pdf.GetPage(1);
        var latin = Located(page, RightToLeftSamples.LatinSkill, rightToLeft: false);
        var above = Located(page, story.Skills[templateKey == "compact" ? 1 : 2], rightToLeft: true);
        Assert.Multiple(() =>
        {
            Assert.That(latin.Top, Is.LessThan(above.Bottom), "the Latin skill is below its neighbour");
            Assert.That(latin.Right, Is.EqualTo(above.Right).Within(EdgeTolerance), "both start at the column's right edge");
        });
    }

    [TestCaseSource(nameof(RightToLeftCases))]
    public async Task The_contact_line_keeps_each_fact_whole_and_in_order(string templateKey, string language)
    {
        var story = Story(language);
        using var pdf = await PrintAsync(RightToLeftSamples.Resume(templateKey, story));
        using var english = await PrintAsync(RightToLeftSamples.Resume(templateKey, RightToLeftSamples.English));

        var page = pdf.GetPage(1);
        var email = Located(page, RightToLeftSamples.Email, rightToLeft: false);
        var phone = Located(page, RightToLeftSamples.Phone, rightToLeft: false);
        var place = Located(page, story.Location, rightToLeft: true);
        var ltrPage = english.GetPage(1);
        var ltrEmail = Located(ltrPage, RightToLeftSamples.Email, rightToLeft: false);
        var ltrPhone = Located(ltrPage, RightToLeftSamples.Phone, rightToLeft: false);
        var ltrPlace = Located(ltrPage, RightToLeftSamples.English.Location, rightToLeft: false);
        var width = ltrPage.Width;
        Assert.Multiple(() =>
        {
            if (ContactFactsStacked.Contains(templateKey))
            {
                Assert.That(email.Bottom, Is.GreaterThan(phone.Top), "one fact per line: e-mail first, then the phone");
                Assert.That(phone.Bottom, Is.GreaterThan(place.Top), "then the place");
                Assert.That(ltrEmail.Bottom, Is.GreaterThan(ltrPhone.Top), "left to right too: e-mail, then the phone");
                Assert.That(ltrPhone.Bottom, Is.GreaterThan(ltrPlace.Top), "then the place");
                foreach (var (rtlFact, ltrFact, fact) in new[] { (email, ltrEmail, "e-mail"), (phone, ltrPhone, "phone"), (place, ltrPlace, "place") })
                {
                    Assert.That(rtlFact.Right, Is.EqualTo(width - ltrFact.Left).Within(EdgeTolerance), $"the {fact} starts at the right, where the English one starts at the left");
                }
            }
            else
            {
                Assert.That(email.Left, Is.GreaterThan(phone.Right).And.GreaterThan(place.Right), "right to left: e-mail first, at the right");
                Assert.That(phone.Left, Is.GreaterThan(place.Right), "then the phone, then the place");
                Assert.That(ltrEmail.Right, Is.LessThan(ltrPhone.Left), "left to right: e-mail first, at the left");
                Assert.That(ltrPhone.Right, Is.LessThan(ltrPlace.Left), "then the phone, then the place");
            }

            Assert.That(PdfReadingOrder.Find(page, "GitHub: laylah", rightToLeft: false), Is.Not.Null, "a Latin profile reads left to right");
        });
    }

    [TestCaseSource(typeof(ResumeTemplates), nameof(ResumeTemplates.Keys))]
    public async Task An_english_resume_prints_an_arabic_bullet_in_the_order_it_was_typed(string templateKey)
    {
        using var pdf = await PrintAsync(RightToLeftSamples.EnglishWithArabicBullet(templateKey));

        var page = pdf.GetPage(1);
        var bullet = Located(page, RightToLeftSamples.ArabicBullet, rightToLeft: true);
        var english = Located(page, RightToLeftSamples.English.Job1.Bullets[0], rightToLeft: false);
        Assert.Multiple(() =>
        {
            Assert.That(PdfReadingOrder.Find(page, EnglishSummaryOpening, rightToLeft: false), Is.Not.Null, "the English text still reads left to right");
            Assert.That(bullet.Left, Is.EqualTo(english.Left).Within(EdgeTolerance), "the Arabic bullet keeps the page's alignment: it starts where the English bullets start");
        });
    }

    private static RightToLeftSamples.Story Story(string language) => language == "he" ? RightToLeftSamples.Hebrew : RightToLeftSamples.Arabic;

    private static PdfRectangle Located(Page page, string phrase, bool rightToLeft) =>
        PdfReadingOrder.Find(page, phrase, rightToLeft) ?? throw new AssertionException($"\"{phrase}\" is not on page {page.Number} in reading order.");

    private async Task<PdfDocument> PrintAsync(Resume resume) =>
        PdfDocument.Open((await _renderer.RenderAsync(RenderingSamples.Request(resume), CancellationToken.None)).Content);
}
