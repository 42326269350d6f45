using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Integration.Tests.Doubles;

namespace ResumeExport.Integration.Tests.Storage;

/// <summary>The behaviour every <see cref="IExportStorage"/> driver must have, run against the local directory and the real s3rver.</summary>
[TestFixture(StorageOptions.LocalDriver)]
[TestFixture(StorageOptions.S3Driver)]
public sealed class ExportStorageContractTests(string driver)
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private IExportStorage _storage = null!;
    private string _root = string.Empty;
    private string _bucket = string.Empty;

    [OneTimeSetUp]
    public void CreateStorage()
    {
        if (driver == StorageOptions.S3Driver)
        {
            _bucket = S3TestServer.NewBucketName();
            _storage = S3TestServer.CreateStorage(S3TestServer.OptionsFor(_bucket));
        }
        else
        {
            _root = Path.Combine(Path.GetTempPath(), "re-storage-tests", Guid.NewGuid().ToString("N"));
            _storage = new LocalExportStorage(new LocalStorageOptions { RootPath = _root }, NullLogger<LocalExportStorage>.Instance);
        }
    }

    [OneTimeTearDown]
    public async Task RemoveStorageAsync()
    {
        (_storage as IDisposable)?.Dispose();
        if (driver == StorageOptions.S3Driver)
        {
            await S3TestServer.DeleteBucketAsync(_bucket);
        }
        else if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Test]
    public void The_driver_reports_its_configured_name() => Assert.That(_storage.Driver, Is.EqualTo(driver));

    [Test]
    public async Task Saved_bytes_are_read_back_exactly()
    {
        var key = NewKey();
        var content = PdfLikeBytes(200_000);

        await _storage.SaveAsync(key, content, "application/pdf", CancellationToken.None);
        var read = await ReadAsync(await _storage.OpenAsync(key, "resume.pdf", "application/pdf", CancellationToken.None));

        Assert.That(read, Is.EqualTo(content));
    }

    [Test]
    public async Task Saved_bytes_are_read_through_the_port_without_a_download_round_trip()
    {
        var key = NewKey();
        var content = PdfLikeBytes(150_000);

        await _storage.SaveAsync(key, content, "application/pdf", CancellationToken.None);

        Assert.That(await _storage.ReadAsync(key, CancellationToken.None), Is.EqualTo(content));
    }

    [Test]
    public void Reading_a_missing_key_is_file_not_found() =>
        Assert.ThrowsAsync<FileNotFoundException>(() => _storage.ReadAsync(NewKey(), CancellationToken.None));

    [Test]
    public async Task Saving_the_same_key_twice_keeps_only_the_second_content()
    {
        var key = NewKey();
        var first = PdfLikeBytes(50_000);
        var second = PdfLikeBytes(1_234);

        await _storage.SaveAsync(key, first, "application/pdf", CancellationToken.None);
        await _storage.SaveAsync(key, second, "application/pdf", CancellationToken.None);
        var read = await ReadAsync(await _storage.OpenAsync(key, "resume.pdf", "application/pdf", CancellationToken.None));

        Assert.That(read, Is.EqualTo(second));
        Assert.That(await StoredKeysUnderAsync(key[..key.LastIndexOf('/')]), Is.EqualTo(new[] { key }));
    }

    [Test]
    public async Task Exists_is_true_only_for_a_stored_key()
    {
        var key = NewKey();
        Assert.That(await _storage.ExistsAsync(key, CancellationToken.None), Is.False);

        await _storage.SaveAsync(key, PdfLikeBytes(10), "application/pdf", CancellationToken.None);

        Assert.That(await _storage.ExistsAsync(key, CancellationToken.None), Is.True);
    }

    [Test]
    public async Task Delete_removes_the_object_and_deleting_again_is_fine()
    {
        var key = NewKey();
        await _storage.SaveAsync(key, PdfLikeBytes(10), "application/pdf", CancellationToken.None);

        await _storage.DeleteAsync(key, CancellationToken.None);
        Assert.That(await _storage.ExistsAsync(key, CancellationToken.None), Is.False);

        Assert.DoesNotThrowAsync(() => _storage.DeleteAsync(key, CancellationToken.None));
        Assert.DoesNotThrowAsync(() => _storage.DeleteAsync(NewKey(), CancellationToken.None));
    }

    [Test]
    public void Opening_a_missing_key_throws_file_not_found() =>
        Assert.ThrowsAsync<FileNotFoundException>(() => _storage.OpenAsync(NewKey(), "resume.pdf", "application/pdf", CancellationToken.None));

    [TestCase("../escape.pdf")]
    [TestCase("exports/../../escape.pdf")]
    [TestCase("/etc/passwd")]
    [TestCase("exports\\user\\file.pdf")]
    [TestCase("Exports/User/File.pdf")]
    [TestCase("exports//file.pdf")]
    [TestCase("exports/.hidden.pdf")]
    [TestCase("exports/file name.pdf")]
    [TestCase("")]
    public void Malformed_keys_are_refused(string key)
    {
        Assert.ThrowsAsync<ArgumentException>(() => _storage.SaveAsync(key, PdfLikeBytes(10), "application/pdf", CancellationToken.None));
        Assert.ThrowsAsync<ArgumentException>(() => _storage.OpenAsync(key, "resume.pdf", "application/pdf", CancellationToken.None));
        Assert.ThrowsAsync<ArgumentException>(() => _storage.ExistsAsync(key, CancellationToken.None));
        Assert.ThrowsAsync<ArgumentException>(() => _storage.DeleteAsync(key, CancellationToken.None));
    }

    private static string NewKey() => ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());

    private static byte[] PdfLikeBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        "%PDF-"u8.ToArray().AsSpan(0, Math.Min(5, length)).CopyTo(bytes);
        return bytes;
    }

    private static async Task<byte[]> ReadAsync(StoredFileAccess access)
    {
        if (access.Content is { } stream)
        {
            await using (stream)
            {
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                Assert.That(access.Length, Is.EqualTo(copy.Length));
                return copy.ToArray();
            }
        }

        Assert.That(access.RedirectUrl, Is.Not.Null);
        using var response = await Http.GetAsync(access.RedirectUrl);
        Assert.That(response.IsSuccessStatusCode, Is.True, () => $"GET presigned URL: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<string[]> StoredKeysUnderAsync(string prefix)
    {
        if (driver == StorageOptions.S3Driver)
        {
            using var client = S3ExportStorage.CreateClient(S3TestServer.OptionsFor(_bucket));
            return [.. await S3TestServer.ListKeysAsync(client, _bucket, prefix + "/")];
        }

        return [.. Directory.GetFiles(Path.Combine(_root, prefix)).Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))];
    }
}
