using ResumeExport.Domain.Plans;

namespace ResumeExport.Domain.UnitTests.Plans;

public sealed class PlanCodesTests
{
    [TestCase("free")]
    [TestCase("pro")]
    [TestCase("team")]
    public void IsKnown_accepts_each_plan_code(string code) =>
        Assert.That(PlanCodes.IsKnown(code), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("enterprise")]
    [TestCase("FREE")]
    [TestCase("pro ")]
    public void IsKnown_rejects_anything_else_comparing_exactly(string? code) =>
        Assert.That(PlanCodes.IsKnown(code), Is.False);

    [Test]
    public void All_lists_the_plans_cheapest_first() =>
        Assert.That(PlanCodes.All, Is.EqualTo(new[] { "free", "pro", "team" }));

    [Test]
    public void Rank_orders_free_below_pro_below_team()
    {
        Assert.That(PlanCodes.Rank(PlanCodes.Free), Is.LessThan(PlanCodes.Rank(PlanCodes.Pro)));
        Assert.That(PlanCodes.Rank(PlanCodes.Pro), Is.LessThan(PlanCodes.Rank(PlanCodes.Team)));
    }

    [Test]
    public void Rank_of_the_cheapest_plan_is_zero() =>
        Assert.That(PlanCodes.Rank(PlanCodes.Free), Is.Zero);

    [Test]
    public void Rank_of_an_unknown_plan_is_refused() =>
        Assert.That(() => PlanCodes.Rank("enterprise"), Throws.TypeOf<ArgumentOutOfRangeException>());
}
