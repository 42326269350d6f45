using ResumeExport.Application.Resumes.ListResumes;
using ResumeExport.Application.UnitTests.Fakes;

namespace ResumeExport.Application.UnitTests.Resumes.ListResumes;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ListResumesQueryHandlerTests
{
    private readonly InMemoryResumeRepository resumes = new();
    private readonly FakeCurrentUser currentUser = new() { UserId = Guid.NewGuid() };

    [Test]
    public async Task Pages_through_the_users_resumes_newest_first_with_cursors_until_the_last_page()
    {
        var userId = currentUser.UserId!.Value;
        var mine = Enumerable.Range(1, 5).Select(i => TestResumes.For(userId, $"Resume {i}", updatedAt: TestClock.Now.AddHours(-i))).ToArray();
        resumes.Seed(mine);
        resumes.Seed(TestResumes.For(Guid.NewGuid(), "Someone else's"));
        var handler = new ListResumesQueryHandler(currentUser, resumes);

        var first = await handler.Handle(new ListResumesQuery(null, 2), CancellationToken.None);
        var second = await handler.Handle(new ListResumesQuery(first.NextCursor, 2), CancellationToken.None);
        var third = await handler.Handle(new ListResumesQuery(second.NextCursor, 2), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Select(r => r.Title), Is.EqualTo(new[] { "Resume 1", "Resume 2" }));
            Assert.That(second.Items.Select(r => r.Title), Is.EqualTo(new[] { "Resume 3", "Resume 4" }));
            Assert.That(third.Items.Select(r => r.Title), Is.EqualTo(new[] { "Resume 5" }));
            Assert.That(first.NextCursor, Is.Not.Null);
            Assert.That(second.NextCursor, Is.Not.Null);
            Assert.That(third.NextCursor, Is.Null);
        });
    }

    [Test]
    public async Task A_page_that_exactly_fits_has_no_next_cursor()
    {
        resumes.Seed(TestResumes.For(currentUser.UserId!.Value), TestResumes.For(currentUser.UserId!.Value));

        var page = await new ListResumesQueryHandler(currentUser, resumes).Handle(new ListResumesQuery(null, 2), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Has.Count.EqualTo(2));
            Assert.That(page.NextCursor, Is.Null);
        });
    }
}
