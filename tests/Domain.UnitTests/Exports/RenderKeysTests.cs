using ResumeExport.Domain.Exports;

namespace ResumeExport.Domain.UnitTests.Exports;

public sealed class RenderKeysTests
{
    private const string Content = "3f9a";
    private static readonly string Key = RenderKeys.For(Content, ExportFormats.Pdf, PageSize.A4, "Ana Lima", "ana@example.com", "2.0.0+abc");

    [Test]
    public void The_same_render_input_gives_the_same_64_character_hex_key() =>
        Assert.That(RenderKeys.For(Content, ExportFormats.Pdf, PageSize.A4, "Ana Lima", "ana@example.com", "2.0.0+abc"),
            Is.EqualTo(Key).And.Matches("^[0-9a-f]{64}$"));

    [TestCase("other-content", ExportFormats.Pdf, PageSize.A4, "Ana Lima", "ana@example.com", "2.0.0+abc", TestName = "Another_version_content_gives_another_key")]
    [TestCase(Content, ExportFormats.Docx, PageSize.A4, "Ana Lima", "ana@example.com", "2.0.0+abc", TestName = "Another_format_gives_another_key")]
    [TestCase(Content, ExportFormats.Pdf, PageSize.Letter, "Ana Lima", "ana@example.com", "2.0.0+abc", TestName = "Another_page_size_gives_another_key")]
    [TestCase(Content, ExportFormats.Pdf, PageSize.A4, "Ana L. Lima", "ana@example.com", "2.0.0+abc", TestName = "A_renamed_owner_gives_another_key")]
    [TestCase(Content, ExportFormats.Pdf, PageSize.A4, "Ana Lima", "ana@example.org", "2.0.0+abc", TestName = "A_new_owner_e_mail_gives_another_key")]
    [TestCase(Content, ExportFormats.Pdf, PageSize.A4, "Ana Lima", "ana@example.com", "2.0.1+def", TestName = "Another_build_gives_another_key")]
    public void Anything_that_changes_the_bytes_changes_the_key(string content, string format, PageSize pageSize, string name, string email, string revision) =>
        Assert.That(RenderKeys.For(content, format, pageSize, name, email, revision), Is.Not.EqualTo(Key));

    [Test]
    public void Fields_cannot_run_into_each_other() =>
        Assert.That(RenderKeys.For(Content, ExportFormats.Pdf, PageSize.A4, "Ana", "Lima|ana@example.com", "r"),
            Is.Not.EqualTo(RenderKeys.For(Content, ExportFormats.Pdf, PageSize.A4, "Ana|Lima", "ana@example.com", "r")));
}
