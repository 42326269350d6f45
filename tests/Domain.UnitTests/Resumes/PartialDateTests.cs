using ResumeExport.Domain.Resumes;

namespace ResumeExport.Domain.UnitTests.Resumes;

public sealed class PartialDateTests
{
    [TestCase("2014")]
    [TestCase("2014-06")]
    [TestCase("2014-06-29")]
    [TestCase("2024-02-29")]
    public void A_year_a_month_or_a_day_parses_and_prints_back_as_written(string written)
    {
        var parsed = PartialDate.TryParse(written, out var date);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True);
            Assert.That(date.ToString(), Is.EqualTo(written));
        });
    }

    [TestCase("2014-6")]
    [TestCase("2014-13")]
    [TestCase("2014-00")]
    [TestCase("2023-02-29")]
    [TestCase("2014-06-31")]
    [TestCase("14")]
    [TestCase("0000")]
    [TestCase("2014/06")]
    [TestCase("2014-06-29T00:00")]
    [TestCase(" 2014")]
    [TestCase("")]
    [TestCase(null)]
    public void Anything_else_does_not_parse(string? written) =>
        Assert.That(PartialDate.TryParse(written, out _), Is.False);

    [Test]
    public void A_month_keeps_its_precision()
    {
        var date = PartialDate.Parse("2014-06");

        Assert.Multiple(() =>
        {
            Assert.That(date.Year, Is.EqualTo(2014));
            Assert.That(date.Month, Is.EqualTo(6));
            Assert.That(date.Day, Is.Null);
            Assert.That(date.FirstDay, Is.EqualTo(new DateOnly(2014, 6, 1)));
        });
    }

    [Test]
    public void Dates_compare_by_the_first_day_they_cover() =>
        Assert.Multiple(() =>
        {
            Assert.That(PartialDate.Parse("2014") < PartialDate.Parse("2014-02"), Is.True);
            Assert.That(PartialDate.Parse("2014-06") < PartialDate.Parse("2014-06-02"), Is.True);
            Assert.That(PartialDate.Parse("2015") > PartialDate.Parse("2014-12-31"), Is.True);
            Assert.That(PartialDate.Parse("2014-06") >= PartialDate.Parse("2014"), Is.True);
        });

    [Test]
    public void The_same_first_day_at_different_precision_is_not_equal_and_sorts_the_coarser_first() =>
        Assert.Multiple(() =>
        {
            Assert.That(PartialDate.Parse("2014"), Is.Not.EqualTo(PartialDate.Parse("2014-01-01")));
            Assert.That(PartialDate.Parse("2014").CompareTo(PartialDate.Parse("2014-01")), Is.Negative);
        });

    [TestCase("2014", "2014-12-31")]
    [TestCase("2024-02", "2024-02-29")]
    [TestCase("2014-06-29", "2014-06-29")]
    public void The_last_day_is_the_end_of_the_year_the_month_or_the_day_itself(string written, string lastDay) =>
        Assert.That(PartialDate.Parse(written).LastDay, Is.EqualTo(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void A_date_only_becomes_a_day() =>
        Assert.That(((PartialDate)new DateOnly(2020, 2, 1)).ToString(), Is.EqualTo("2020-02-01"));

    [Test]
    public void A_day_without_a_month_is_refused() =>
        Assert.That(() => new PartialDate(2014, null, 3), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Parse_names_the_forms_it_accepts() =>
        Assert.That(() => PartialDate.Parse("June 2014"), Throws.InstanceOf<FormatException>().With.Message.Contains("yyyy-MM"));
}
