using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Exports.Common;

namespace ResumeExport.Integration.Tests.Storage;

/// <summary>What only the local driver does: atomic writes and a root directory nothing can escape.</summary>
public sealed class LocalExportStorageTests
{
    private string _sandbox = string.Empty;
    private string _root = string.Empty;
    private LocalExportStorage _storage = null!;

    [SetUp]
    public void CreateRoot()
    {
        _sandbox = Path.Combine(Path.GetTempPath(), "re-storage-tests", Guid.NewGuid().ToString("N"));
        _root = Path.Combine(_sandbox, "root");
        Directory.CreateDirectory(_root);
        _storage = new LocalExportStorage(new LocalStorageOptions { RootPath = _root }, NullLogger<LocalExportStorage>.Instance);
    }

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_sandbox, recursive: true);

    [TestCase("../outside.pdf")]
    [TestCase("exports/../../outside.pdf")]
    [TestCase("..")]
    [TestCase("/tmp/outside.pdf")]
    [TestCase("..\\outside.pdf")]
    [TestCase("exports\\outside.pdf")]
    [TestCase("EXPORTS/outside.pdf")]
    [TestCase("exports/outside.pdf\0")]
    [TestCase("exports/out side.pdf")]
    [TestCase("exports/ü.pdf")]
    [TestCase("exports/outside.pdf/")]
    public void A_malformed_key_is_refused_and_nothing_is_written_anywhere(string key)
    {
        Assert.ThrowsAsync<ArgumentException>(() => _storage.SaveAsync(key, new byte[] { 1 }, "application/pdf", CancellationToken.None));

        Assert.That(Directory.GetFileSystemEntries(_sandbox, "*", SearchOption.AllDirectories), Is.EqualTo(new[] { _root }));
    }

    [Test]
    public void The_root_is_absolute_and_paths_stay_under_it()
    {
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());

        Assert.That(Path.IsPathRooted(_storage.RootPath), Is.True);
        Assert.That(_storage.PathFor(key), Is.EqualTo(Path.Combine(_root, key)));
    }

    [Test]
    public async Task Saving_leaves_exactly_the_final_file_and_no_temp_file()
    {
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());

        await _storage.SaveAsync(key, new byte[] { 1, 2 }, "application/pdf", CancellationToken.None);
        await _storage.SaveAsync(key, new byte[] { 3, 4, 5 }, "application/pdf", CancellationToken.None);

        var files = Directory.GetFiles(_root, "*", SearchOption.AllDirectories);
        Assert.That(files, Is.EqualTo(new[] { _storage.PathFor(key) }));
        Assert.That(await File.ReadAllBytesAsync(files[0]), Is.EqualTo(new byte[] { 3, 4, 5 }));
    }

    [Test]
    public async Task A_reader_holding_the_file_open_keeps_the_old_content_while_a_new_save_replaces_it()
    {
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());
        await _storage.SaveAsync(key, new byte[] { 1, 1, 1 }, "application/pdf", CancellationToken.None);

        var access = await _storage.OpenAsync(key, "a.pdf", "application/pdf", CancellationToken.None);
        await using (access.Content!)
        {
            await _storage.SaveAsync(key, new byte[] { 2, 2 }, "application/pdf", CancellationToken.None);
            using var copy = new MemoryStream();
            await access.Content!.CopyToAsync(copy);

            Assert.That(copy.ToArray(), Is.EqualTo(new byte[] { 1, 1, 1 }));
            Assert.That(access.Length, Is.EqualTo(3));
        }

        Assert.That(await File.ReadAllBytesAsync(_storage.PathFor(key)), Is.EqualTo(new byte[] { 2, 2 }));
    }

    [Test]
    public void A_cancelled_save_leaves_no_file_behind()
    {
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.CatchAsync<OperationCanceledException>(() => _storage.SaveAsync(key, new byte[1024], "application/pdf", cancelled.Token));

        Assert.That(Directory.GetFiles(_root, "*", SearchOption.AllDirectories), Is.Empty);
    }
}
