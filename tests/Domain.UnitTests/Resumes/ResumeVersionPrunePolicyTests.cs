using ResumeExport.Domain.Resumes;

namespace ResumeExport.Domain.UnitTests.Resumes;

public sealed class ResumeVersionPrunePolicyTests
{
    private static readonly int[] OneToTen = [.. Enumerable.Range(1, 10)];

    [Test]
    public void Everything_but_the_newest_kept_versions_may_go() =>
        Assert.That(ResumeVersionPrunePolicy.Prunable(OneToTen, 10, 3, new HashSet<int>()), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6, 7 }));

    [Test]
    public void A_pinned_version_never_goes_however_old()
    {
        var pinned = new HashSet<int> { 1, 4 };

        Assert.That(ResumeVersionPrunePolicy.Prunable(OneToTen, 10, 3, pinned), Is.EqualTo(new[] { 2, 3, 5, 6, 7 }));
    }

    [Test]
    public void Nothing_goes_while_a_resume_is_within_its_limit() =>
        Assert.That(ResumeVersionPrunePolicy.Prunable(OneToTen, 10, 10, new HashSet<int>()), Is.Empty);

    [Test]
    public void The_newest_version_stays_even_under_a_limit_below_one() =>
        Assert.That(ResumeVersionPrunePolicy.Prunable(OneToTen, 10, 0, new HashSet<int>()), Is.EqualTo(OneToTen[..9]));

    [Test]
    public void Gaps_left_by_earlier_prunes_count_by_number_not_by_position()
    {
        // After a first prune kept 1 (pinned) and 8–10, two new versions arrive; the limit is still 3.
        int[] stored = [1, 8, 9, 10, 11, 12];

        Assert.That(ResumeVersionPrunePolicy.Prunable(stored, 12, 3, new HashSet<int> { 1 }), Is.EqualTo(new[] { 8, 9 }));
    }
}
