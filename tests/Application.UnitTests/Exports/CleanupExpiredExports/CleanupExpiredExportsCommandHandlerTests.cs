using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Application.Exports.CleanupExpiredExports;
using ResumeExport.Application.UnitTests.Fakes;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.UnitTests.Exports.CleanupExpiredExports;

public sealed class CleanupExpiredExportsCommandHandlerTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private InMemoryExpiredExportQueue queue = null!;
    private InMemoryExportStorage storage = null!;
    private List<(string Key, ExportStatus? StatusWhenDeleted)> deletes = null!;
    private CountingUnitOfWork unitOfWork = null!;

    [SetUp]
    public void CreateFakes()
    {
        queue = new InMemoryExpiredExportQueue();
        deletes = [];
        storage = new InMemoryExportStorage
        {
            // The export's status when its file goes: files are deleted before the export is marked expired.
            BeforeDelete = key => deletes.Add((key, queue.Exports.FirstOrDefault(e => e.StorageKey == key || e.PreviewStorageKey == key)?.Status)),
        };
        unitOfWork = new CountingUnitOfWork();
    }

    [Test]
    public async Task A_dry_run_reports_the_count_and_bytes_of_expired_exports_and_changes_nothing()
    {
        Add(ExpiringExports.Completed(Now.AddDays(-1), sizeBytes: 1500));
        Add(ExpiringExports.Completed(Now, sizeBytes: 500));
        Add(ExpiringExports.Completed(Now.AddSeconds(1), sizeBytes: 9999));

        var result = await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: true, BatchSize: 100), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new CleanupExpiredExportsResult(2, 2000, DryRun: true)));
            Assert.That(deletes, Is.Empty);
            Assert.That(storage.Files, Has.Count.EqualTo(3));
            Assert.That(queue.Exports.Select(e => e.Status), Is.All.EqualTo(ExportStatus.Completed));
            Assert.That(unitOfWork.SaveCount, Is.Zero);
        });
    }

    [Test]
    public async Task A_real_run_deletes_each_file_while_its_export_is_still_completed_and_then_marks_it_expired()
    {
        var expired = Add(ExpiringExports.Completed(Now.AddHours(-2), sizeBytes: 1200));
        var fresh = Add(ExpiringExports.Completed(Now.AddDays(3), sizeBytes: 800));

        var result = await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 100), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new CleanupExpiredExportsResult(1, 1200, DryRun: false)));
            Assert.That(deletes, Is.EqualTo(new[] { (expired.StorageKey!, (ExportStatus?)ExportStatus.Completed) }));
            Assert.That(expired.Status, Is.EqualTo(ExportStatus.Expired));
            Assert.That(fresh.Status, Is.EqualTo(ExportStatus.Completed));
            Assert.That(storage.Files.Keys, Is.EquivalentTo(new[] { fresh.StorageKey }));
            Assert.That(unitOfWork.SavesInTransaction, Is.EqualTo(unitOfWork.SaveCount));
        });
    }

    [TestCase(ExportFormats.Docx, ".docx")]
    [TestCase(ExportFormats.Markdown, ".md")]
    [TestCase(ExportFormats.Text, ".txt")]
    public async Task An_expired_document_export_has_its_file_deleted_under_its_formats_key_and_no_preview_to_delete(string format, string extension)
    {
        var expired = Add(ExpiringExports.Completed(Now.AddHours(-1), sizeBytes: 300, format: format));

        await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 100), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(deletes.Select(d => d.Key), Is.EqualTo(new[] { expired.StorageKey! }));
            Assert.That(expired.StorageKey, Does.EndWith(extension));
            Assert.That(expired.Status, Is.EqualTo(ExportStatus.Expired));
        });
    }

    [Test]
    public async Task Batches_run_in_their_own_transactions_until_one_comes_back_short()
    {
        for (var i = 0; i < 5; i++)
        {
            Add(ExpiringExports.Completed(Now.AddMinutes(-i), sizeBytes: 100));
        }

        var result = await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 2), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new CleanupExpiredExportsResult(5, 500, DryRun: false)));
            Assert.That(queue.Claims, Is.EqualTo(3));
            Assert.That(unitOfWork.TransactionCount, Is.EqualTo(3));
            Assert.That(queue.Exports.Select(e => e.Status), Is.All.EqualTo(ExportStatus.Expired));
        });
    }

    [Test]
    public async Task An_export_whose_file_cannot_be_deleted_stays_completed_and_the_run_goes_on_past_it()
    {
        var stuck = Add(ExpiringExports.Completed(Now.AddHours(-3)));
        var others = Enumerable.Range(1, 3).Select(i => Add(ExpiringExports.Completed(Now.AddHours(-3).AddMinutes(i)))).ToList();
        storage.FailingKeys.Add(stuck.StorageKey!);

        var result = await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 1), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Count, Is.EqualTo(3));
            Assert.That(stuck.Status, Is.EqualTo(ExportStatus.Completed));
            Assert.That(storage.Files.Keys, Does.Contain(stuck.StorageKey));
            Assert.That(others.Select(e => e.Status), Is.All.EqualTo(ExportStatus.Expired));
        });
    }

    [Test]
    public async Task Exports_stored_by_another_driver_are_left_alone()
    {
        var elsewhere = Add(ExpiringExports.Completed(Now.AddDays(-1), driver: "s3"));

        var result = await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 10), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Count, Is.Zero);
            Assert.That(elsewhere.Status, Is.EqualTo(ExportStatus.Completed));
            Assert.That(deletes, Is.Empty);
        });
    }

    [TestCase(0, false)]
    [TestCase(1, true)]
    [TestCase(CleanupExpiredExportsCommand.MaxBatchSize, true)]
    [TestCase(CleanupExpiredExportsCommand.MaxBatchSize + 1, false)]
    public void The_batch_size_must_be_between_one_and_the_maximum(int batchSize, bool valid) =>
        Assert.That(new CleanupExpiredExportsCommandValidator().Validate(new CleanupExpiredExportsCommand(false, batchSize)).IsValid, Is.EqualTo(valid));

    [Test]
    public async Task A_real_run_deletes_the_preview_with_the_pdf_before_the_export_expires()
    {
        var expired = Add(ExpiringExports.Completed(Now.AddHours(-2), withPreview: true));

        await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 100), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(deletes, Is.EqualTo(new[]
            {
                (expired.StorageKey!, (ExportStatus?)ExportStatus.Completed),
                (expired.PreviewStorageKey!, (ExportStatus?)ExportStatus.Completed),
            }));
            Assert.That(storage.Files, Is.Empty);
            Assert.That(expired.Status, Is.EqualTo(ExportStatus.Expired));
        });
    }

    [Test]
    public async Task Expiring_the_first_of_two_exports_sharing_a_file_keeps_the_file_for_the_second_and_deletes_only_its_own_preview()
    {
        var first = Add(ExpiringExports.Completed(Now.AddHours(-2), withPreview: true));
        var second = Add(ExpiringExports.Reusing(first, Now.AddDays(3)));

        var result = await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 100), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Count, Is.EqualTo(1));
            Assert.That(first.Status, Is.EqualTo(ExportStatus.Expired));
            Assert.That(second.Status, Is.EqualTo(ExportStatus.Completed));
            Assert.That(storage.Files, Does.ContainKey(first.StorageKey!), "the second export still serves it");
            Assert.That(storage.Files, Does.Not.ContainKey(first.PreviewStorageKey!));
            Assert.That(storage.Files, Does.ContainKey(second.PreviewStorageKey!));
        });
    }

    [Test]
    public async Task Expiring_every_export_sharing_a_file_deletes_the_file()
    {
        var first = Add(ExpiringExports.Completed(Now.AddDays(-3)));
        var second = Add(ExpiringExports.Reusing(first, Now.AddHours(-1)));

        await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 1), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { first.Status, second.Status }, Is.All.EqualTo(ExportStatus.Expired));
            Assert.That(storage.Files, Does.Not.ContainKey(first.StorageKey!));
            Assert.That(storage.Files, Does.Not.ContainKey(second.PreviewStorageKey!));
        });
    }

    [Test]
    public async Task A_shared_file_goes_when_its_last_export_expires_in_a_later_run()
    {
        var first = Add(ExpiringExports.Completed(Now.AddHours(-2)));
        var second = Add(ExpiringExports.Reusing(first, Now.AddDays(3)));
        await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 100), CancellationToken.None);

        var later = new CleanupExpiredExportsCommandHandler(queue, storage, unitOfWork, TestClock.At(Now.AddDays(4)), NullLogger<CleanupExpiredExportsCommandHandler>.Instance);
        await later.Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 100), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(second.Status, Is.EqualTo(ExportStatus.Expired));
            Assert.That(storage.Files, Does.Not.ContainKey(first.StorageKey!));
        });
    }

    [Test]
    public async Task Bytes_are_the_storage_freed_so_a_shared_file_counts_once_and_a_file_still_in_use_not_at_all()
    {
        var shared = Add(ExpiringExports.Completed(Now.AddDays(-3)));
        Add(ExpiringExports.Reusing(shared, Now.AddHours(-1)));
        var stillUsed = Add(ExpiringExports.Completed(Now.AddHours(-2), sizeBytes: 7_777));
        Add(ExpiringExports.Reusing(stillUsed, Now.AddDays(3)));

        var dryRun = await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: true, BatchSize: 1), CancellationToken.None);
        var result = await Handler().Handle(new CleanupExpiredExportsCommand(DryRun: false, BatchSize: 1), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(dryRun, Is.EqualTo(new CleanupExpiredExportsResult(3, shared.SizeBytes!.Value, DryRun: true)));
            Assert.That(result, Is.EqualTo(new CleanupExpiredExportsResult(3, shared.SizeBytes!.Value, DryRun: false)), "three rows expired, one file freed");
            Assert.That(storage.Files, Does.ContainKey(stillUsed.StorageKey!));
        });
    }

    private Export Add(Export export)
    {
        queue.Exports.Add(export);
        storage.Files[export.StorageKey!] = [1];
        if (export.PreviewStorageKey is not null)
        {
            storage.Files[export.PreviewStorageKey] = [2];
        }

        return export;
    }

    private CleanupExpiredExportsCommandHandler Handler() =>
        new(queue, storage, unitOfWork, TestClock.At(Now), NullLogger<CleanupExpiredExportsCommandHandler>.Instance);
}
