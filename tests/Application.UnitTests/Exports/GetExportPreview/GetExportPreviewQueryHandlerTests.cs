using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports;
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

    [Test]
    public void An_export_completed_before_previews_existed_is_not_found_with_preview_unavailable()
    {
        var export = TestExports.Completed(currentUser.UserId!.Value, Guid.NewGuid());
        exports.Seed(export);

        Assert.That(async () => await Handle(export.Id),
            Throws.InstanceOf<NotFoundException>().With.Property(nameof(NotFoundException.Code)).EqualTo("preview_unavailable"));
    }

    [Test]
    public void A_preview_whose_file_is_gone_is_not_found_with_preview_unavailable()
    {
        var export = CompletedWithPreview(currentUser.UserId!.Value);

        Assert.That(async () => await Handle(export.Id),
            Throws.InstanceOf<NotFoundException>().With.Property(nameof(NotFoundException.Code)).EqualTo("preview_unavailable"));
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
        await new GetExportPreviewQueryHandler(currentUser, exports, storage).Handle(new GetExportPreviewQuery(exportId), CancellationToken.None);
}
