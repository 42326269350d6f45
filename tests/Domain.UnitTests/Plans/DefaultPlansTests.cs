using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.UnitTests.Plans;

public sealed class DefaultPlansTests
{
    private const long MiB = 1024L * 1024L;

    [Test]
    public void There_is_exactly_one_default_plan_per_plan_code_cheapest_first() =>
        Assert.That(DefaultPlans.All.Select(p => p.Code), Is.EqualTo(PlanCodes.All));

    [TestCase(PlanCodes.Free, 10)]
    [TestCase(PlanCodes.Pro, 100)]
    [TestCase(PlanCodes.Team, 500)]
    public void Each_plan_keeps_its_number_of_resume_versions(string planCode, int kept) =>
        Assert.That(Single(planCode).Limit.MaxVersionsKept, Is.EqualTo(kept));

    [Test]
    public void A_plan_keeps_at_least_the_newest_version() =>
        Assert.That(
            () => PlanLimit.Create("x", 1, 1, 1, 1, 1, 1, 1, false, ExportDelivery.Download, maxVersionsKept: 0),
            Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Every_default_plan_carries_its_own_limit()
    {
        foreach (var plan in DefaultPlans.All)
        {
            Assert.That(plan.Limit, Is.Not.Null, plan.Code);
            Assert.That(plan.Limit.PlanCode, Is.EqualTo(plan.Code));
        }
    }

    [Test]
    public void The_free_plan_allows_one_resume_three_exports_five_megabytes_and_one_small_bulk_apply_delivered_by_email()
    {
        var plan = Single(PlanCodes.Free);
        var limit = plan.Limit;

        Assert.Multiple(() =>
        {
            Assert.That(plan.MonthlyPriceCents, Is.Zero);
            Assert.That(limit.MaxResumes, Is.EqualTo(1));
            Assert.That(limit.DailyExports, Is.EqualTo(3));
            Assert.That(limit.DailyUploadBytes, Is.EqualTo(5 * MiB));
            Assert.That(limit.DailyBulkApplies, Is.EqualTo(1));
            Assert.That(limit.MaxBulkApplyRecipients, Is.EqualTo(5));
            Assert.That(limit.ExportRetentionDays, Is.EqualTo(7));
            Assert.That(limit.ExportDelivery, Is.EqualTo(ExportDelivery.Email));
            Assert.That(limit.PremiumTemplates, Is.False);
        });
    }

    [Test]
    public void The_pro_plan_allows_twenty_resumes_fifty_exports_two_hundred_megabytes_and_ten_bulk_applies_of_up_to_twenty_five()
    {
        var plan = Single(PlanCodes.Pro);
        var limit = plan.Limit;

        Assert.Multiple(() =>
        {
            Assert.That(plan.MonthlyPriceCents, Is.Positive);
            Assert.That(limit.MaxResumes, Is.EqualTo(20));
            Assert.That(limit.DailyExports, Is.EqualTo(50));
            Assert.That(limit.DailyUploadBytes, Is.EqualTo(200 * MiB));
            Assert.That(limit.DailyBulkApplies, Is.EqualTo(10));
            Assert.That(limit.MaxBulkApplyRecipients, Is.EqualTo(25));
            Assert.That(limit.ExportRetentionDays, Is.EqualTo(30));
            Assert.That(limit.ExportDelivery, Is.EqualTo(ExportDelivery.Download));
            Assert.That(limit.PremiumTemplates, Is.True);
        });
    }

    [Test]
    public void The_team_plan_allows_a_hundred_resumes_five_hundred_exports_two_gigabytes_and_fifty_bulk_applies_of_up_to_fifty()
    {
        var plan = Single(PlanCodes.Team);
        var limit = plan.Limit;

        Assert.Multiple(() =>
        {
            Assert.That(plan.MonthlyPriceCents, Is.GreaterThan(Single(PlanCodes.Pro).MonthlyPriceCents));
            Assert.That(limit.MaxResumes, Is.EqualTo(100));
            Assert.That(limit.DailyExports, Is.EqualTo(500));
            Assert.That(limit.DailyUploadBytes, Is.EqualTo(2048 * MiB));
            Assert.That(limit.DailyBulkApplies, Is.EqualTo(50));
            Assert.That(limit.MaxBulkApplyRecipients, Is.EqualTo(50));
            Assert.That(limit.ExportRetentionDays, Is.EqualTo(90));
            Assert.That(limit.ExportDelivery, Is.EqualTo(ExportDelivery.Download));
            Assert.That(limit.PremiumTemplates, Is.True);
        });
    }

    [Test]
    public void A_higher_ranked_plan_is_never_less_generous_than_a_lower_one()
    {
        var ordered = DefaultPlans.All.OrderBy(p => PlanCodes.Rank(p.Code)).Select(p => p.Limit).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ordered.Select(l => l.MaxResumes), Is.Ordered.Ascending);
            Assert.That(ordered.Select(l => l.MaxSectionsPerResume), Is.Ordered.Ascending);
            Assert.That(ordered.Select(l => l.DailyExports), Is.Ordered.Ascending);
            Assert.That(ordered.Select(l => l.DailyUploadBytes), Is.Ordered.Ascending);
            Assert.That(ordered.Select(l => l.DailyBulkApplies), Is.Ordered.Ascending);
            Assert.That(ordered.Select(l => l.MaxBulkApplyRecipients), Is.Ordered.Ascending);
            Assert.That(ordered.Select(l => l.ExportRetentionDays), Is.Ordered.Ascending);
        });
    }

    [Test]
    public void The_free_plan_exports_pdf_markdown_and_text_and_the_paid_plans_every_format()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Single(PlanCodes.Free).Limit.ExportFormats, Is.EqualTo(new[] { ExportFormats.Pdf, ExportFormats.Markdown, ExportFormats.Text }));
            Assert.That(Single(PlanCodes.Pro).Limit.ExportFormats, Is.EqualTo(ExportFormats.All));
            Assert.That(Single(PlanCodes.Team).Limit.ExportFormats, Is.EqualTo(ExportFormats.All));
        });
    }

    private static Plan Single(string code) => DefaultPlans.All.Single(p => p.Code == code);
}
