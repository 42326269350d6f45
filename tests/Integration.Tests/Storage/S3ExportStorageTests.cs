using System.Text;
using System.Web;
using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Storage;

/// <summary>What only the s3 driver does: presigned downloads, bucket creation, failure classification (real s3rver).</summary>
public sealed class S3ExportStorageTests
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<string> _buckets = [];

    [OneTimeTearDown]
    public async Task DeleteBucketsAsync()
    {
        foreach (var bucket in _buckets)
        {
            await S3TestServer.DeleteBucketAsync(bucket);
        }
    }

    [Test]
    public async Task The_presigned_download_is_an_attachment_carrying_a_non_ascii_file_name()
    {
        using var storage = NewStorage();
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());
        var content = Encoding.ASCII.GetBytes("%PDF-1.7 test");
        await storage.SaveAsync(key, content, "application/pdf", CancellationToken.None);

        var access = await storage.OpenAsync(key, "Jürgen Müller – CV.pdf", "application/pdf", CancellationToken.None);
        using var response = await Http.GetAsync(access.RedirectUrl);

        Assert.That(response.IsSuccessStatusCode, Is.True, () => $"{(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.That(disposition, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(disposition!.DispositionType, Is.EqualTo("attachment"));
            Assert.That(disposition.FileNameStar, Is.EqualTo("Jürgen Müller – CV.pdf"));
            Assert.That(disposition.FileName, Is.EqualTo("Jurgen Muller _ CV.pdf"));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        });
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(content));
    }

    [Test]
    public async Task An_ascii_file_name_needs_no_extended_parameter()
    {
        using var storage = NewStorage();
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());
        await storage.SaveAsync(key, new byte[] { 1, 2, 3 }, "application/pdf", CancellationToken.None);

        var access = await storage.OpenAsync(key, "My Resume.pdf", "application/pdf", CancellationToken.None);
        using var response = await Http.GetAsync(access.RedirectUrl);

        Assert.That(response.Content.Headers.ContentDisposition?.ToString(), Is.EqualTo("attachment; filename=\"My Resume.pdf\""));
    }

    [Test]
    public async Task The_presigned_url_is_plain_http_for_an_http_endpoint_and_valid_for_the_configured_lifetime()
    {
        using var storage = NewStorage(o => o.PresignedUrlLifetime = TimeSpan.FromMinutes(2));
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());
        await storage.SaveAsync(key, new byte[] { 1 }, "application/pdf", CancellationToken.None);

        var url = (await storage.OpenAsync(key, "a.pdf", "application/pdf", CancellationToken.None)).RedirectUrl!;

        Assert.That(url.Scheme, Is.EqualTo(Uri.UriSchemeHttp));
        Assert.That(url.GetLeftPart(UriPartial.Authority), Is.EqualTo(new Uri(S3TestServer.Endpoint).GetLeftPart(UriPartial.Authority)));
        // Whole seconds from the signing time (X-Amz-Date): 120, or 119 when the clock crosses a second while signing.
        Assert.That(int.Parse(HttpUtility.ParseQueryString(url.Query)["X-Amz-Expires"]!, System.Globalization.CultureInfo.InvariantCulture), Is.InRange(119, 120));
    }

    [Test]
    public async Task A_presigned_url_stops_working_once_its_lifetime_is_over()
    {
        using var storage = NewStorage(o => o.PresignedUrlLifetime = TimeSpan.FromSeconds(1));
        var key = ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid());
        await storage.SaveAsync(key, new byte[] { 1 }, "application/pdf", CancellationToken.None);
        var url = (await storage.OpenAsync(key, "a.pdf", "application/pdf", CancellationToken.None)).RedirectUrl!;

        var status = await Eventually.UntilAsync(
            async () => (int)(await Http.GetAsync(url)).StatusCode,
            code => code == 403,
            "the presigned URL to be refused after its 1 s lifetime",
            TimeSpan.FromSeconds(15));

        Assert.That(status, Is.EqualTo(403));
    }

    [Test]
    public async Task The_bucket_is_created_once_under_concurrent_first_use_and_an_existing_bucket_is_reused()
    {
        var bucket = S3TestServer.NewBucketName();
        _buckets.Add(bucket);
        using var first = S3TestServer.CreateStorage(S3TestServer.OptionsFor(bucket));
        var keys = Enumerable.Range(0, 8).Select(_ => ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid())).ToList();

        await Task.WhenAll(keys.Select(k => first.SaveAsync(k, new byte[] { 7 }, "application/pdf", CancellationToken.None)));
        using var second = S3TestServer.CreateStorage(S3TestServer.OptionsFor(bucket));

        foreach (var key in keys)
        {
            Assert.That(await second.ExistsAsync(key, CancellationToken.None), Is.True);
        }
    }

    [Test]
    public void An_unreachable_server_fails_as_a_transient_storage_failure()
    {
        var options = S3TestServer.OptionsFor(S3TestServer.NewBucketName());
        options.ServiceUrl = "http://127.0.0.1:1";
        using var storage = S3TestServer.CreateStorage(options);

        var ex = Assert.ThrowsAsync<ExportStorageException>(
            () => storage.SaveAsync(ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid()), new byte[] { 1 }, "application/pdf", CancellationToken.None));

        Assert.That(ex!.Code, Is.EqualTo(ExportErrorCodes.StorageFailed));
        Assert.That(ex.Transient, Is.True);
    }

    [Test]
    public void A_refused_request_fails_as_a_permanent_storage_failure()
    {
        var options = S3TestServer.OptionsFor(S3TestServer.NewBucketName());
        options.AccessKey = "NOT-A-KEY";
        using var storage = S3TestServer.CreateStorage(options);

        var ex = Assert.ThrowsAsync<ExportStorageException>(
            () => storage.ExistsAsync(ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid()), CancellationToken.None));

        Assert.That(ex!.Code, Is.EqualTo(ExportErrorCodes.StorageFailed));
        Assert.That(ex.Transient, Is.False);
    }

    [Test]
    public void A_missing_bucket_is_not_created_when_creation_is_off()
    {
        var options = S3TestServer.OptionsFor(S3TestServer.NewBucketName());
        options.CreateBucketIfMissing = false;
        using var storage = new S3ExportStorage(options, NullLogger<S3ExportStorage>.Instance);

        var ex = Assert.ThrowsAsync<ExportStorageException>(
            () => storage.SaveAsync(ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid()), new byte[] { 1 }, "application/pdf", CancellationToken.None));

        Assert.That(ex!.Transient, Is.False);
    }

    private S3ExportStorage NewStorage(Action<S3StorageOptions>? configure = null)
    {
        var bucket = S3TestServer.NewBucketName();
        _buckets.Add(bucket);
        var options = S3TestServer.OptionsFor(bucket);
        configure?.Invoke(options);
        return S3TestServer.CreateStorage(options);
    }
}
