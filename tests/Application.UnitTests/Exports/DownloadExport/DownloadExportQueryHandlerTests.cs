using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.DownloadExport;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.UnitTests.Exports.DownloadExport;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class DownloadExportQueryHandlerTests
{
    private readonly InMemoryResumeRepository resumes = new();
    private readonly InMemoryExportRepository exports = new();
    private readonly InMemoryExportStorage storage = new();
    private readonly FakeCurrentUser currentUser = new();
    private User ana = null!;
    private Resume resume = null!;

    [SetUp]
    public void SetUp()
    {
        ana = TestUsers.Ana();
        currentUser.UserId = ana.Id;
        resume = TestResumes.For(ana.Id, title: "Backend: engineer/lead");
        resumes.Seed(resume);
    }

    [Test]
    public async Task A_completed_export_streams_its_file_named_after_the_resume_title()
    {
        var export = TestExports.Completed(ana.Id, resume.Id);
        exports.Seed(export);
        storage.Files[export.StorageKey!] = [1, 2, 3];

        var download = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(download.FileName, Is.EqualTo("Backend engineerlead.pdf"));
            Assert.That(download.File.Length, Is.EqualTo(3));
            Assert.That(storage.Opened, Is.EqualTo(new[] { (ExportStorageKeys.For(ana.Id, export.Id), "Backend engineerlead.pdf") }));
        });
    }

    [Test]
    public async Task A_pdf_download_answers_with_application_pdf()
    {
        var export = TestExports.Completed(ana.Id, resume.Id);
        exports.Seed(export);

        var download = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(download.ContentType, Is.EqualTo("application/pdf"));
            Assert.That(storage.OpenedContentTypes, Is.EqualTo(new[] { "application/pdf" }));
        });
    }

    [TestCase(ExportFormats.Docx, "Backend engineerlead.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [TestCase(ExportFormats.Markdown, "Backend engineerlead.md", "text/markdown; charset=utf-8")]
    [TestCase(ExportFormats.Text, "Backend engineerlead.txt", "text/plain; charset=utf-8")]
    public async Task A_document_download_is_named_with_its_formats_extension_and_answers_with_its_content_type(string format, string fileName, string contentType)
    {
        var export = TestExports.Completed(ana.Id, resume.Id, format: format);
        exports.Seed(export);
        storage.Files[export.StorageKey!] = [1, 2, 3];

        var download = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(download.FileName, Is.EqualTo(fileName));
            Assert.That(download.ContentType, Is.EqualTo(contentType));
            Assert.That(storage.Opened, Is.EqualTo(new[] { (ExportStorageKeys.For(ana.Id, export.Id, format), fileName) }));
            Assert.That(storage.OpenedContentTypes, Is.EqualTo(new[] { contentType }));
        });
    }

    [Test]
    public async Task The_file_is_named_resume_when_the_resume_was_deleted()
    {
        var export = TestExports.Completed(ana.Id, Guid.NewGuid());
        exports.Seed(export);

        var download = await Handle(export.Id);

        Assert.That(download.FileName, Is.EqualTo("resume.pdf"));
    }

    [Test]
    public void An_export_still_processing_is_a_conflict_and_no_file_is_opened()
    {
        var export = TestExports.Processing(ana.Id, resume.Id);
        exports.Seed(export);

        var error = Assert.ThrowsAsync<ConflictException>(() => Handle(export.Id));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("export_processing"));
            Assert.That(storage.Opened, Is.Empty);
        });
    }

    [Test]
    public void A_failed_export_is_a_conflict()
    {
        var export = TestExports.Failed(ana.Id, resume.Id);
        exports.Seed(export);

        var error = Assert.ThrowsAsync<ConflictException>(() => Handle(export.Id));

        Assert.That(error.Code, Is.EqualTo("export_failed"));
    }

    [Test]
    public void An_expired_export_is_a_conflict()
    {
        var export = TestExports.Completed(ana.Id, resume.Id);
        export.Expire();
        exports.Seed(export);

        var error = Assert.ThrowsAsync<ConflictException>(() => Handle(export.Id));

        Assert.That(error.Code, Is.EqualTo("export_expired"));
    }

    [Test]
    public void A_file_stored_by_another_storage_driver_is_a_conflict()
    {
        var export = TestExports.Completed(ana.Id, resume.Id, driver: "s3");
        exports.Seed(export);

        var error = Assert.ThrowsAsync<ConflictException>(() => Handle(export.Id));

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("export_storage_moved"));
            Assert.That(storage.Opened, Is.Empty);
        });
    }

    [Test]
    public void Another_users_export_is_not_found()
    {
        var theirs = TestExports.Completed(Guid.NewGuid(), resume.Id);
        exports.Seed(theirs);

        var error = Assert.ThrowsAsync<NotFoundException>(() => Handle(theirs.Id));

        Assert.Multiple(() =>
        {
            Assert.That(error.Resource, Is.EqualTo("Export"));
            Assert.That(storage.Opened, Is.Empty);
        });
    }

    [Test]
    public void A_queued_export_is_a_conflict_with_code_export_queued()
    {
        var export = TestExports.Queued(ana.Id, resume.Id, ExportDelivery.Email);
        exports.Seed(export);

        var error = Assert.ThrowsAsync<ConflictException>(() => Handle(export.Id));

        Assert.That(error.Code, Is.EqualTo("export_queued"));
    }

    private async Task<ExportDownload> Handle(Guid exportId) =>
        await new DownloadExportQueryHandler(currentUser, exports, resumes, storage).Handle(new DownloadExportQuery(exportId), CancellationToken.None);
}
