using ResumeExport.Adapters.Previews;

namespace ResumeExport.Integration.Tests.Previews;

public sealed class PreviewOptionsValidatorTests
{
    [Test]
    public void Start_up_fails_with_a_clear_message_when_mutool_is_not_installed()
    {
        var result = new PreviewOptionsValidator().Validate(null, new PreviewOptions { MutoolPath = "/nonexistent/mutool" });

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("mupdf-tools").And.Contain("/nonexistent/mutool"));
        });
    }

    [Test]
    public void The_default_path_is_where_the_package_installs_mutool() =>
        Assert.That(new PreviewOptionsValidator().Validate(null, new PreviewOptions()).Succeeded, Is.True);
}
