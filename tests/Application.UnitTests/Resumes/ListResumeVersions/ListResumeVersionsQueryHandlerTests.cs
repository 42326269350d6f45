using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.ListResumeVersions;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Resumes.ListResumeVersions;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class ListResumeVersionsQueryHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly HandlerFixture fakes = new();
    private User ana = null!;
    private Resume resume = null!;

    [SetUp]
    public void SetUp()
    {
        ana = fakes.SignIn();
        resume = fakes.ResumeOf(ana);
        for (var i = 2; i <= 5; i++)
        {
            resume.Update($"Title {i}", "classic", TestResumes.Sections, Now.AddMinutes(i));
            fakes.Versions.Seed(ResumeVersion.Capture(resume, Now.AddMinutes(i)));
        }
    }

    [Test]
    public async Task The_history_is_newest_first_in_pages_with_a_cursor_to_the_next()
    {
        var first = await Handle(new ListResumeVersionsQuery(resume.Id, null, 3));
        var second = await Handle(new ListResumeVersionsQuery(resume.Id, first.NextCursor, 3));

        Assert.Multiple(() =>
        {
            Assert.That(first.Items.Select(v => v.Version), Is.EqualTo(new[] { 5, 4, 3 }));
            Assert.That(second.Items.Select(v => v.Version), Is.EqualTo(new[] { 2, 1 }));
            Assert.That(first.NextCursor, Is.Not.Null);
            Assert.That(second.NextCursor, Is.Null);
            Assert.That(first.Items[0].ContentSha256, Is.EqualTo(resume.Content.Sha256()));
        });
    }

    [Test]
    public void Another_users_resume_is_not_found()
    {
        fakes.CurrentUser.UserId = Guid.NewGuid();

        Assert.That(Assert.ThrowsAsync<NotFoundException>(() => Handle(new ListResumeVersionsQuery(resume.Id, null)))!.Resource, Is.EqualTo("Resume"));
    }

    private async Task<Page<ResumeVersionSummaryResponse>> Handle(ListResumeVersionsQuery query) =>
        await new ListResumeVersionsQueryHandler(fakes.CurrentUser, fakes.Resumes, fakes.Versions).Handle(query, CancellationToken.None);
}
