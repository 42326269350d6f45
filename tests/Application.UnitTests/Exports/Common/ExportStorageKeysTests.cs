using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.UnitTests.Exports.Common;

public sealed class ExportStorageKeysTests
{
    private static readonly Guid UserId = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");
    private static readonly Guid ExportId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e1");

    [TestCase(ExportFormats.Pdf, "pdf")]
    [TestCase(ExportFormats.Docx, "docx")]
    [TestCase(ExportFormats.Markdown, "md")]
    [TestCase(ExportFormats.Text, "txt")]
    public void An_exports_key_ends_in_its_formats_extension(string format, string extension) =>
        Assert.That(ExportStorageKeys.For(UserId, ExportId, format), Is.EqualTo($"exports/{UserId:N}/{ExportId:N}.{extension}"));

    [Test]
    public void A_key_without_a_format_is_the_pdfs_as_before_formats_existed() =>
        Assert.That(ExportStorageKeys.For(UserId, ExportId), Is.EqualTo(ExportStorageKeys.For(UserId, ExportId, ExportFormats.Pdf)));

    [Test]
    public void No_two_formats_of_one_export_share_a_key_nor_the_preview_key() =>
        Assert.That(
            ExportFormats.All.Select(f => ExportStorageKeys.For(UserId, ExportId, f)).Append(ExportStorageKeys.PreviewFor(UserId, ExportId)),
            Is.Unique);
}
