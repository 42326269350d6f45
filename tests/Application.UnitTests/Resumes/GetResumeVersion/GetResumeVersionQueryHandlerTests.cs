using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Resumes.GetResumeVersion;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Resumes.GetResumeVersion;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class GetResumeVersionQueryHandlerTests
{
    private readonly HandlerFixture fakes = new();
    private User ana = null!;
    private Resume resume = null!;

    [SetUp]
    public void SetUp()
    {
        ana = fakes.SignIn();
        resume = fakes.ResumeOf(ana);
    }

    [Test]
    public async Task A_version_comes_with_its_content_in_the_wire_shape_and_its_hash()
    {
        var response = await Handle(new GetResumeVersionQuery(resume.Id, 1));

        Assert.Multiple(() =>
        {
            Assert.That((response.ResumeId, response.Version, response.Title, response.TemplateKey), Is.EqualTo((resume.Id, 1, "My resume", "classic")));
            Assert.That(response.Sections.Select(s => s.Kind), Is.EqualTo(new[] { "experience", "education" }));
            Assert.That(response.Sections[0].Items[0].StartDate, Is.EqualTo("2020-01-15"));
            Assert.That(response.ContentSha256, Is.EqualTo(resume.Content.Sha256()));
        });
    }

    [Test]
    public void Another_users_resume_is_not_found()
    {
        fakes.CurrentUser.UserId = Guid.NewGuid();

        Assert.That(Assert.ThrowsAsync<NotFoundException>(() => Handle(new GetResumeVersionQuery(resume.Id, 1)))!.Resource, Is.EqualTo("Resume"));
    }

    [Test]
    public void An_unknown_version_is_not_found() =>
        Assert.That(Assert.ThrowsAsync<NotFoundException>(() => Handle(new GetResumeVersionQuery(resume.Id, 2)))!.Resource, Is.EqualTo("Resume version"));

    [TestCase(0)]
    [TestCase(-5)]
    public void A_version_below_1_is_refused_naming_version(int version) =>
        Assert.That(new GetResumeVersionQueryValidator().Validate(new GetResumeVersionQuery(resume.Id, version)).Errors.Select(e => e.PropertyName),
            Is.EqualTo(new[] { "version" }));

    private async Task<Application.Resumes.Common.ResumeVersionResponse> Handle(GetResumeVersionQuery query) =>
        await new GetResumeVersionQueryHandler(fakes.CurrentUser, fakes.Resumes, fakes.Versions).Handle(query, CancellationToken.None);
}
