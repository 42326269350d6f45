using ResumeExport.Adapters.Storage;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;
using ResumeExport.Integration.Tests.Doubles;
using ResumeExport.Integration.Tests.Support;

namespace ResumeExport.Integration.Tests.Storage;

/// <summary>
/// Issue 27, item 3 (S3 answers 500/503, then stalls): every such failure is transient (the export is retried, never
/// failed for good), retried by the driver up to Storage:S3:MaxAttempts, and bounded by Storage:S3:RequestTimeout, so a
/// stalled S3 cannot hang a render.
/// </summary>
public sealed class S3OutageTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [TestCase(500, "Internal Server Error", "InternalError", "")]
    [TestCase(503, "Service Unavailable", "SlowDown", "")]
    [TestCase(503, "Service Unavailable", "SlowDown", "Retry-After: 1\r\n")]
    public async Task An_S3_server_error_is_retried_then_fails_as_a_transient_storage_failure(int status, string reason, string code, string headers)
    {
        await using var server = FaultyTcpServer.AnsweringS3Error(status, reason, code, headers);
        using var storage = StorageAt(server.Port, maxAttempts: 3, requestTimeout: TimeSpan.FromSeconds(10));

        var failure = await FailureOfAsync(storage.SaveAsync(ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid()), new byte[] { 1, 2, 3 }, "application/pdf", CancellationToken.None));

        Assert.That(failure.Code, Is.EqualTo(ExportErrorCodes.StorageFailed));
        Assert.That(failure.Transient, Is.True, "a 5xx is an outage: the export is retried");
        Assert.That(server.Requests, Is.EqualTo(3), "the driver tried Storage:S3:MaxAttempts times");
    }

    [Test]
    public async Task A_stalled_S3_server_fails_as_a_transient_storage_failure_once_each_attempt_timed_out()
    {
        await using var server = FaultyTcpServer.Silent();
        using var storage = StorageAt(server.Port, maxAttempts: 2, requestTimeout: TimeSpan.FromSeconds(1));

        var failure = await FailureOfAsync(storage.SaveAsync(ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid()), new byte[] { 1, 2, 3 }, "application/pdf", CancellationToken.None));

        Assert.That(failure.Transient, Is.True, "a stall is an outage: the export is retried");
        // A connection per attempt; the HTTP handler sometimes opens one more as an attempt times out (seen 3 in 2 of 5
        // runs on a loaded machine), which is still a bounded retry, not a loop.
        Assert.That(server.Connections, Is.InRange(2, 3), "a connection per attempt, and no more attempts than Storage:S3:MaxAttempts");
        await Eventually.UntilAsync(() => server.ClosedByClient >= 2, "the client to give up both stalled requests by itself");
    }

    [Test]
    public async Task A_stalled_existence_check_is_bounded_too()
    {
        await using var server = FaultyTcpServer.Silent();
        using var storage = StorageAt(server.Port, maxAttempts: 1, requestTimeout: TimeSpan.FromSeconds(1));

        var failure = await FailureOfAsync(storage.ExistsAsync(ExportStorageKeys.For(Guid.NewGuid(), Guid.NewGuid()), CancellationToken.None));

        Assert.That(failure.Transient, Is.True);
    }

    private static S3ExportStorage StorageAt(int port, int maxAttempts, TimeSpan requestTimeout)
    {
        var options = S3TestServer.OptionsFor(S3TestServer.NewBucketName());
        options.ServiceUrl = $"http://127.0.0.1:{port}";
        options.CreateBucketIfMissing = false;
        options.MaxAttempts = maxAttempts;
        options.RequestTimeout = requestTimeout;
        return S3TestServer.CreateStorage(options);
    }

    /// <summary>The storage failure the operation ends with; a hang past the deadline fails the test.</summary>
    private static async Task<ExportStorageException> FailureOfAsync(Task operation)
    {
        var finished = await Task.WhenAny(operation, Task.Delay(Deadline));
        Assert.That(finished, Is.SameAs(operation), $"the S3 call did not end within {Deadline.TotalSeconds:0} s: it is not bounded");
        try
        {
            await operation;
        }
        catch (ExportStorageException failure)
        {
            return failure;
        }

        Assert.Fail("the S3 call did not fail");
        throw new InvalidOperationException("unreachable");
    }
}
