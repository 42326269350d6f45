using System.Net;
using System.Net.Sockets;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using ResumeExport.Application.Common.Ports.Storage;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Adapters.Storage;

/// <summary>
/// Downloads redirect to a presigned URL forcing <c>attachment</c>. Transient failures are retried with jittered
/// backoff, then throw a transient <see cref="ExportStorageException"/>; 4xx fail at once. A missing key throws
/// <see cref="FileNotFoundException"/> from <see cref="OpenAsync"/>.
/// </summary>
public sealed partial class S3ExportStorage : IExportStorage, IDisposable
{
    private readonly S3StorageOptions _options;
    private readonly IAmazonS3 _client;
    private readonly bool _ownsClient;
    private readonly ILogger<S3ExportStorage> _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly Protocol _urlProtocol;
    private readonly SemaphoreSlim _bucketLock = new(1, 1);
    private volatile bool _bucketReady;

    public S3ExportStorage(S3StorageOptions options, ILogger<S3ExportStorage> logger)
        : this(options, CreateClient(options), logger, ownsClient: true)
    {
    }

    /// <summary>With a client made by the caller (not disposed by this instance).</summary>
    public S3ExportStorage(S3StorageOptions options, IAmazonS3 client, ILogger<S3ExportStorage> logger)
        : this(options, client, logger, ownsClient: false)
    {
    }

    private S3ExportStorage(S3StorageOptions options, IAmazonS3 client, ILogger<S3ExportStorage> logger, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.BucketName);
        _options = options;
        _client = client;
        _ownsClient = ownsClient;
        _logger = logger;
        _bucketReady = !options.CreateBucketIfMissing;
        _urlProtocol = Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttp
            ? Protocol.HTTP
            : Protocol.HTTPS;
        _pipeline = BuildPipeline(options);
    }

    public string Driver => StorageOptions.S3Driver;

    public string BucketName => _options.BucketName;

    /// <summary>
    /// Path-style, signed for <see cref="S3StorageOptions.Region"/>, no SDK retries (the driver's pipeline is the one).
    /// Also used by tests.
    /// </summary>
    public static AmazonS3Client CreateClient(S3StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // s3rver does not understand the SDK's default flexible checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            MaxErrorRetry = 0,
            Timeout = options.RequestTimeout,
        };
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }

        return string.IsNullOrWhiteSpace(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public async Task SaveAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        StorageKey.Validate(key);
        await RunAsync("save", key, async ct =>
        {
            await EnsureBucketAsync(ct);
            using var body = new MemoryStream(content.ToArray(), writable: false);
            await _client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = _options.BucketName,
                Key = key,
                InputStream = body,
                AutoCloseStream = false,
                ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/pdf" : contentType,
                // s3rver stores aws-chunked bodies with their signatures (corrupt files).
                UseChunkEncoding = false,
            }, ct);
            return true;
        }, cancellationToken);
        LogStored(_logger, key, content.Length, _options.BucketName);
    }

    public async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken)
    {
        StorageKey.Validate(key);
        var content = await RunAsync<byte[]?>("read", key, async ct =>
        {
            try
            {
                using var response = await _client.GetObjectAsync(_options.BucketName, key, ct);
                using var buffer = new MemoryStream(response.ContentLength is > 0 and < int.MaxValue ? (int)response.ContentLength : 0);
                await response.ResponseStream.CopyToAsync(buffer, ct);
                return buffer.ToArray();
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return null; // not an outage: no retry, and the caller decides what a missing file means
            }
        }, cancellationToken);
        return content ?? throw new FileNotFoundException($"No stored export file for key '{key}' in bucket '{_options.BucketName}'.", key);
    }

    public async Task<StoredFileAccess> OpenAsync(string key, string downloadFileName, string contentType, CancellationToken cancellationToken)
    {
        StorageKey.Validate(key);
        if (!await ExistsAsync(key, cancellationToken))
        {
            throw new FileNotFoundException($"No stored export file for key '{key}' in bucket '{_options.BucketName}'.", key);
        }

        var request = new GetPreSignedUrlRequest
        {
            BucketName = _options.BucketName,
            Key = key,
            Verb = HttpVerb.GET,
            Protocol = _urlProtocol,
            // The SDK signs at whole seconds, so count from the current one to keep X-Amz-Expires at the lifetime.
            Expires = TruncateToSecond(DateTime.UtcNow) + _options.PresignedUrlLifetime,
        };
        request.ResponseHeaderOverrides.ContentDisposition = DownloadContentDisposition.Attachment(downloadFileName);
        request.ResponseHeaderOverrides.ContentType = contentType;
        var url = await _client.GetPreSignedURLAsync(request);
        return StoredFileAccess.Redirect(new Uri(url));
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        StorageKey.Validate(key);
        return RunAsync("exists", key, async ct =>
        {
            await EnsureBucketAsync(ct);
            try
            {
                await _client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = _options.BucketName, Key = key }, ct);
                return true;
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return false;
            }
        }, cancellationToken);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        StorageKey.Validate(key);
        await RunAsync("delete", key, async ct =>
        {
            await EnsureBucketAsync(ct);
            try
            {
                // S3 answers 204 for a missing key too; a 404 (missing bucket) is also "already gone".
                await _client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = _options.BucketName, Key = key }, ct);
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
            }

            return true;
        }, cancellationToken);
        LogDeleted(_logger, key, _options.BucketName);
    }

    public void Dispose()
    {
        _bucketLock.Dispose();
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    private static DateTime TruncateToSecond(DateTime value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), value.Kind);

    private async Task EnsureBucketAsync(CancellationToken cancellationToken)
    {
        if (_bucketReady)
        {
            return;
        }

        await _bucketLock.WaitAsync(cancellationToken);
        try
        {
            if (_bucketReady)
            {
                return;
            }

            try
            {
                await _client.PutBucketAsync(new PutBucketRequest { BucketName = _options.BucketName }, cancellationToken);
                LogBucketCreated(_logger, _options.BucketName);
            }
            catch (AmazonS3Exception ex) when (ex.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
            {
            }

            _bucketReady = true;
        }
        finally
        {
            _bucketLock.Release();
        }
    }

    private async Task<T> RunAsync<T>(string operation, string key, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (state, ct) => await state(ct), action, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        // TimeoutException: how the SDK reports a request over Storage:S3:RequestTimeout (a stalled S3); without it here
        // the raw exception escaped the last attempt instead of a transient storage failure.
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException or IOException
                                       or SocketException or OperationCanceledException or TimeoutException or WebException)
        {
            var transient = IsTransient(ex);
            LogFailed(_logger, ex, operation, key, _options.BucketName, transient);
            throw new ExportStorageException(
                ExportErrorCodes.StorageFailed,
                $"S3 {operation} of '{key}' in bucket '{_options.BucketName}' failed: {ex.Message}",
                transient,
                ex);
        }
    }

    private ResiliencePipeline BuildPipeline(S3StorageOptions options)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } ex && !args.Context.CancellationToken.IsCancellationRequested && IsTransient(ex)),
                OnRetry = args =>
                {
                    LogRetry(_logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.GetType().Name, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>5xx, throttling, timeouts and connection failures.</summary>
    internal static bool IsTransient(Exception exception) => exception switch
    {
        AmazonServiceException { StatusCode: var status } when (int)status >= 500 || status == HttpStatusCode.TooManyRequests
            || status == HttpStatusCode.RequestTimeout => true,
        AmazonServiceException { StatusCode: 0, InnerException: { } inner } => IsTransient(inner),
        AmazonServiceException => false,
        AmazonClientException { InnerException: { } inner } => IsTransient(inner),
        HttpRequestException or SocketException or IOException or TimeoutException or OperationCanceledException => true,
        WebException => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stored export file {StorageKey} ({SizeBytes} bytes) in S3 bucket {Bucket}")]
    private static partial void LogStored(ILogger logger, string storageKey, int sizeBytes, string bucket);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted export file {StorageKey} from S3 bucket {Bucket}")]
    private static partial void LogDeleted(ILogger logger, string storageKey, string bucket);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created S3 bucket {Bucket}")]
    private static partial void LogBucketCreated(ILogger logger, string bucket);

    [LoggerMessage(Level = LogLevel.Warning, Message = "S3 request failed transiently; attempt {Attempt} in {DelayMs:F0} ms ({ExceptionType}: {Reason})")]
    private static partial void LogRetry(ILogger logger, int attempt, double delayMs, string? exceptionType, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "S3 {Operation} failed for {StorageKey} in bucket {Bucket} (transient: {Transient})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation, string storageKey, string bucket, bool transient);
}
