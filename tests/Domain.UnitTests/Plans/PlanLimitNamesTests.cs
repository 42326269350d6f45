using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.UnitTests.Plans;

public sealed class PlanLimitNamesTests
{
    [TestCase(PlanLimitNames.DailyExports)]
    [TestCase(PlanLimitNames.DailyUploadBytes)]
    [TestCase(PlanLimitNames.DailyBulkApplies)]
    public void Per_day_limits_are_daily(string name) => Assert.That(PlanLimitNames.KindOf(name), Is.EqualTo(PlanLimitKind.Daily));

    [TestCase(PlanLimitNames.MaxResumes)]
    [TestCase(PlanLimitNames.MaxSectionsPerResume)]
    [TestCase(PlanLimitNames.MaxBulkApplyRecipients)]
    public void Limits_on_how_many_exist_or_go_at_once_are_counts(string name) => Assert.That(PlanLimitNames.KindOf(name), Is.EqualTo(PlanLimitKind.Count));

    [Test]
    public void Premium_templates_is_a_feature() => Assert.That(PlanLimitNames.KindOf(PlanLimitNames.PremiumTemplates), Is.EqualTo(PlanLimitKind.Feature));

    [Test]
    public void Export_formats_is_a_feature() => Assert.That(PlanLimitNames.KindOf(PlanLimitNames.ExportFormats), Is.EqualTo(PlanLimitKind.Feature));

    [Test]
    public void Max_versions_kept_is_a_count() => Assert.That(PlanLimitNames.KindOf(PlanLimitNames.MaxVersionsKept), Is.EqualTo(PlanLimitKind.Count));
}
