using ResumeExport.Application.Resumes.RestoreResumeVersion;

namespace ResumeExport.Application.UnitTests.Resumes.RestoreResumeVersion;

public sealed class RestoreResumeVersionCommandValidatorTests
{
    [TestCase(0)]
    [TestCase(-1)]
    public void A_version_below_1_is_refused_naming_version(int version)
    {
        var result = new RestoreResumeVersionCommandValidator().Validate(new RestoreResumeVersionCommand(Guid.NewGuid(), version));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "version" }));
    }

    [Test]
    public void Version_1_is_valid() =>
        Assert.That(new RestoreResumeVersionCommandValidator().Validate(new RestoreResumeVersionCommand(Guid.NewGuid(), 1)).IsValid, Is.True);
}
