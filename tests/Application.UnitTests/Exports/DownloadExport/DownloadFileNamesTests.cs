using ResumeExport.Application.Exports.DownloadExport;

namespace ResumeExport.Application.UnitTests.Exports.DownloadExport;

public sealed class DownloadFileNamesTests
{
    [Test]
    public void Keeps_letters_digits_spaces_and_dash_underscore_dot() =>
        Assert.That(DownloadFileNames.For("Ana Silva - CV_2026 v1.2"), Is.EqualTo("Ana Silva - CV_2026 v1.2.pdf"));

    [TestCase("Résumé Zoë", "Résumé Zoë.pdf")]
    [TestCase("Анна Иванова", "Анна Иванова.pdf")]
    [TestCase("履歴書 田中", "履歴書 田中.pdf")]
    [TestCase("سيرة ذاتية", "سيرة ذاتية.pdf")]
    public void Keeps_letters_of_any_script(string title, string expected) =>
        Assert.That(DownloadFileNames.For(title), Is.EqualTo(expected));

    [Test]
    public void Composes_decomposed_accents_so_they_are_kept() =>
        Assert.That(DownloadFileNames.For("Re\u0301sume\u0301"), Is.EqualTo("Résumé.pdf"));

    [TestCase("a/b\\c:d*e?f\"g<h>i|j", "abcdefghij.pdf")]
    [TestCase("../../etc/passwd", "etcpasswd.pdf")]
    [TestCase("CV\r\n\tnew", "CVnew.pdf")]
    public void Drops_path_and_reserved_characters(string title, string expected) =>
        Assert.That(DownloadFileNames.For(title), Is.EqualTo(expected));

    [Test]
    public void Collapses_runs_of_spaces_and_trims_dots_and_spaces_at_the_ends() =>
        Assert.That(DownloadFileNames.For("  .My    resume.  "), Is.EqualTo("My resume.pdf"));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("/\\:*?\"<>|")]
    [TestCase("...")]
    [TestCase("🙂🙂")]
    public void Is_never_empty(string title) =>
        Assert.That(DownloadFileNames.For(title), Is.EqualTo("resume.pdf"));

    [Test]
    public void Cuts_a_long_title_to_one_hundred_characters_before_the_extension()
    {
        var name = DownloadFileNames.For(new string('a', 300));

        Assert.Multiple(() =>
        {
            Assert.That(name, Is.EqualTo(new string('a', DownloadFileNames.MaxLength) + ".pdf"));
            Assert.That(name, Has.Length.EqualTo(104));
        });
    }

    [Test]
    public void A_cut_that_ends_on_a_space_or_dot_drops_it()
    {
        var name = DownloadFileNames.For(new string('a', 98) + " .bbbb");

        Assert.That(name, Is.EqualTo(new string('a', 98) + ".pdf"));
    }

    [TestCase("CV")]
    [TestCase("a/b")]
    [TestCase("")]
    public void Always_ends_with_pdf(string title) =>
        Assert.That(DownloadFileNames.For(title), Does.EndWith(".pdf"));
}
