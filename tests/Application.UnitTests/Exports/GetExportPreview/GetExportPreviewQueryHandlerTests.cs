using Microsoft.Extensions.Time.Testing;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Previews;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Application.Exports.GetExportPreview;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.UnitTests.Exports.GetExportPreview;

/// <remarks>One instance per test: the fakes in the fields hold state.</remarks>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class GetExportPreviewQueryHandlerTests
{
    private readonly InMemoryExportRepository exports = new();
    private readonly InMemoryExportStorage storage = new();
    private readonly FakeCurrentUser currentUser = new() { UserId = Guid.NewGuid() };
    private readonly FakePdfPageRasterizer rasterizer = new();
    private readonly FakeTimeProvider clock = TestClock.At();

    [Test]
    public async Task A_completed_export_gives_its_stored_preview_with_a_strong_etag_of_the_bytes()
    {
        var export = CompletedWithPreview(currentUser.UserId!.Value);
        storage.Files[export.PreviewStorageKey!] = [137, 80, 78, 71, 1, 2, 3];

        var preview = await Handle(export.Id);
        var again = await Handle(export.Id);
        storage.Files[export.PreviewStorageKey!] = [137, 80, 78, 71, 4, 5, 6];
        var changed = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(preview.Content, Is.EqualTo(new byte[] { 137, 80, 78, 71, 1, 2, 3 }));
            Assert.That(preview.ETag, Does.Match("^\"[0-9a-f]{32}\"$"), "strong: quoted, no W/");
            Assert.That(again.ETag, Is.EqualTo(preview.ETag));
            Assert.That(changed.ETag, Is.Not.EqualTo(preview.ETag));
        });
    }

    [Test]
    public void Another_users_export_is_not_found()
    {
        var export = CompletedWithPreview(Guid.NewGuid());
        storage.Files[export.PreviewStorageKey!] = [1];

        Assert.That(async () => await Handle(export.Id), Throws.InstanceOf<NotFoundException>().With.Property(nameof(NotFoundException.Code)).Null);
    }

    [TestCase(ExportFormats.Docx)]
    [TestCase(ExportFormats.Markdown)]
    [TestCase(ExportFormats.Text)]
    public void A_document_export_has_no_preview_and_nothing_is_drawn(string format)
    {
        var export = TestExports.Completed(currentUser.UserId!.Value, Guid.NewGuid(), format: format);
        exports.Seed(export);

        Assert.Multiple(() =>
        {
            Assert.That(async () => await Handle(export.Id),
                Throws.InstanceOf<NotFoundException>().With.Property(nameof(NotFoundException.Code)).EqualTo("preview_unavailable")
                    .And.Message.Contains("Only PDF exports have a preview"));
            Assert.That(storage.Saves, Is.Empty);
        });
    }

    [Test]
    public void An_export_completed_before_previews_existed_is_not_found_with_preview_unavailable()
    {
        var export = TestExports.Completed(currentUser.UserId!.Value, Guid.NewGuid());
        exports.Seed(export);

        Assert.That(async () => await Handle(export.Id),
            Throws.InstanceOf<NotFoundException>().With.Property(nameof(NotFoundException.Code)).EqualTo("preview_unavailable"));
    }

    [Test]
    public async Task The_first_view_draws_page_one_of_the_stored_pdf_stores_it_beside_the_pdf_and_later_views_read_it_back()
    {
        var export = CompletedWithPreview(currentUser.UserId!.Value);
        var pdf = new byte[] { 37, 80, 68, 70, 45, 49, 46, 55 };
        storage.Files[export.StorageKey!] = pdf;

        var first = await Handle(export.Id);
        var second = await Handle(export.Id);

        Assert.Multiple(() =>
        {
            Assert.That(first.Content, Is.EqualTo(FakePdfPageRasterizer.PictureOf(pdf, GetExportPreviewQueryHandler.PreviewWidthPx)));
            Assert.That(rasterizer.Drawn, Is.EqualTo(new[] { pdf }), "drawn once, from the export's own PDF");
            Assert.That(storage.Files[export.PreviewStorageKey!], Is.EqualTo(first.Content), "stored under the key cleanup deletes");
            Assert.That(storage.Saves, Is.EqualTo(new[] { (export.PreviewStorageKey!, "image/png") }));
            Assert.That(second.Content, Is.EqualTo(first.Content));
            Assert.That(second.ETag, Is.EqualTo(first.ETag));
        });
    }

    [Test]
    public void A_preview_whose_pdf_is_gone_is_not_found_with_preview_unavailable_and_nothing_is_drawn()
    {
        var export = CompletedWithPreview(currentUser.UserId!.Value);

        Assert.That(async () => await Handle(export.Id),
            Throws.InstanceOf<NotFoundException>().With.Property(nameof(NotFoundException.Code)).EqualTo("preview_unavailable"));
        Assert.That(rasterizer.Drawn, Is.Empty);
    }

    [Test]
    public void An_expired_export_gets_no_new_preview_that_could_outlive_its_cleanup()
    {
        var export = CompletedWithPreview(currentUser.UserId!.Value);
        storage.Files[export.StorageKey!] = [37, 80, 68, 70];
        clock.SetUtcNow(export.ExpiresAt!.Value);

        Assert.That(async () => await Handle(export.Id),
            Throws.InstanceOf<NotFoundException>().With.Property(nameof(NotFoundException.Code)).EqualTo("preview_unavailable"));
        Assert.Multiple(() =>
        {
            Assert.That(rasterizer.Drawn, Is.Empty);
            Assert.That(storage.Files.ContainsKey(export.PreviewStorageKey!), Is.False);
        });
    }

    [Test]
    public void A_drawing_that_fails_stores_nothing_and_the_failure_reaches_the_caller()
    {
        var export = CompletedWithPreview(currentUser.UserId!.Value);
        storage.Files[export.StorageKey!] = [37, 80, 68, 70];
        rasterizer.Failure = new PdfRasterizingException("mutool timed out");

        Assert.That(async () => await Handle(export.Id), Throws.InstanceOf<PdfRasterizingException>());
        Assert.That(storage.Files.ContainsKey(export.PreviewStorageKey!), Is.False, "the next view tries again");
    }

    [TestCase("queued")]
    [TestCase("processing")]
    [TestCase("failed")]
    public void An_export_that_is_not_completed_is_a_conflict_naming_its_status(string status)
    {
        var userId = currentUser.UserId!.Value;
        var export = status switch
        {
            "queued" => TestExports.Queued(userId, Guid.NewGuid()),
            "processing" => TestExports.Processing(userId, Guid.NewGuid()),
            _ => TestExports.Failed(userId, Guid.NewGuid()),
        };
        exports.Seed(export);

        Assert.That(async () => await Handle(export.Id),
            Throws.InstanceOf<ConflictException>().With.Property(nameof(ConflictException.Code)).EqualTo($"export_{status}"));
    }

    private Export CompletedWithPreview(Guid userId)
    {
        var export = Export.Request(userId, Guid.NewGuid(), PageSize.A4, ExportDelivery.Download, null, TestClock.Now);
        export.StartAttempt();
        export.Complete(storage.Driver, ExportStorageKeys.For(userId, export.Id), 100, 7, TestClock.Now,
            ExportStorageKeys.PreviewFor(userId, export.Id));
        exports.Seed(export);
        return export;
    }

    private async Task<ExportPreview> Handle(Guid exportId) =>
        await new GetExportPreviewQueryHandler(currentUser, exports, storage, rasterizer, clock).Handle(new GetExportPreviewQuery(exportId), CancellationToken.None);
}
