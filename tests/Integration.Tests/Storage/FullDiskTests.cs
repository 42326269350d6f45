using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Integration.Tests.Storage;

/// <summary>
/// Issue 27, item 3 (the local storage disk is full), on a real 256 KiB tmpfs volume: a save that meets ENOSPC fails as
/// transient (the export waits and is retried), leaves no partial or temp file behind, and never replaces the file a key
/// already had; once there is room again the same save succeeds. The test suite runs as root (it mounts the volume).
/// </summary>
[NonParallelizable]
public sealed class FullDiskTests
{
    private string _root = string.Empty;
    private LocalExportStorage _storage = null!;

    [SetUp]
    public void MountSmallVolume()
    {
        _root = Path.Combine(Path.GetTempPath(), "re-full-disk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        Run("mount", "-t", "tmpfs", "-o", "size=256k", "re-full-disk-test", _root);
        _storage = new LocalExportStorage(new LocalStorageOptions { RootPath = _root }, NullLogger<LocalExportStorage>.Instance);
    }

    [TearDown]
    public void UnmountVolume()
    {
        Run("umount", _root);
        Directory.Delete(_root);
    }

    [Test]
    public async Task A_save_on_a_full_disk_fails_as_transient_and_leaves_neither_a_partial_nor_a_temp_file()
    {
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());

        var failure = Assert.ThrowsAsync<ExportStorageException>(() => _storage.SaveAsync(key, new byte[512 * 1024], "application/pdf", CancellationToken.None));

        Assert.That(failure!.Code, Is.EqualTo(ExportErrorCodes.StorageFailed));
        Assert.That(failure.Transient, Is.True, "a full disk is an outage: the export waits and is retried");
        Assert.That(failure.InnerException?.Message, Does.Contain("No space left on device"));
        Assert.That(await _storage.ExistsAsync(key, CancellationToken.None), Is.False, "no partial file under the key");
        Assert.That(Directory.GetFiles(_root, "*", SearchOption.AllDirectories), Is.Empty, "no temp file left");
    }

    [Test]
    public async Task A_failed_overwrite_keeps_the_file_the_key_had_and_the_save_succeeds_once_there_is_room()
    {
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());
        var first = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        await _storage.SaveAsync(key, first, "application/pdf", CancellationToken.None);
        var ballast = Path.Combine(_root, ".ballast");
        Fill(ballast);

        var failure = Assert.ThrowsAsync<ExportStorageException>(() => _storage.SaveAsync(key, new byte[64 * 1024], "application/pdf", CancellationToken.None));
        Assert.That(failure!.Transient, Is.True);
        Assert.That(await _storage.ReadAsync(key, CancellationToken.None), Is.EqualTo(first), "the old file is untouched");

        File.Delete(ballast);
        var second = new byte[64 * 1024];
        second[^1] = 7;
        await _storage.SaveAsync(key, second, "application/pdf", CancellationToken.None);

        Assert.That(await _storage.ReadAsync(key, CancellationToken.None), Is.EqualTo(second));
        Assert.That(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    /// <summary>Writes until the volume answers ENOSPC.</summary>
    private static void Fill(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        var chunk = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(chunk);
            }
        }
        catch (IOException ex) when (ex.Message.Contains("No space left on device", StringComparison.Ordinal))
        {
            // full
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{command} {string.Join(' ', arguments)}: {error}");
    }
}
