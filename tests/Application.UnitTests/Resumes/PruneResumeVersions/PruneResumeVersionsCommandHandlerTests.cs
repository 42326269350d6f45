using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Resumes.PruneResumeVersions;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.UnitTests.Resumes.PruneResumeVersions;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class PruneResumeVersionsCommandHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private readonly HandlerFixture fakes = new();
    private Resume resume = null!;

    [SetUp]
    public void SetUp()
    {
        resume = fakes.ResumeOf(fakes.SignIn());
        for (var i = 2; i <= 8; i++)
        {
            resume.Update($"Title {i}", "classic", TestResumes.Sections, Now.AddMinutes(i));
            fakes.Versions.Seed(ResumeVersion.Capture(resume, Now.AddMinutes(i)));
        }
    }

    [Test]
    public async Task A_claimed_resume_keeps_its_newest_versions_and_its_pinned_ones_in_one_transaction()
    {
        fakes.Versions.Candidates.Add(new VersionPruneCandidate(resume.Id, 8, 3));
        fakes.Versions.Pinned[resume.Id] = [2, 5];

        var deleted = await Handle();

        Assert.Multiple(() =>
        {
            Assert.That(deleted, Is.EqualTo(3));
            Assert.That(fakes.Versions.Of(resume.Id).Select(v => v.Version), Is.EqualTo(new[] { 2, 5, 6, 7, 8 }));
            Assert.That(fakes.UnitOfWork.TransactionCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task No_candidate_means_nothing_is_deleted() =>
        Assert.That((await Handle(), fakes.Versions.Of(resume.Id).Count), Is.EqualTo((0, 8)));

    private async Task<int> Handle() =>
        await new PruneResumeVersionsCommandHandler(fakes.Versions, fakes.UnitOfWork, NullLogger<PruneResumeVersionsCommandHandler>.Instance)
            .Handle(new PruneResumeVersionsCommand(100), CancellationToken.None);
}
