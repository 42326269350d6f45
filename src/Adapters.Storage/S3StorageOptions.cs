namespace ResumeExport.Adapters.Storage;

/// <summary>Settings of the <c>s3</c> driver (section <c>Storage:S3</c>).</summary>
public sealed class S3StorageOptions
{
    /// <summary>An S3-compatible server, e.g. <c>http://127.0.0.1:4569</c>; empty = AWS in <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Signing region (and the AWS region without <see cref="ServiceUrl"/>).</summary>
    public string Region { get; set; } = "us-east-1";

    public string BucketName { get; set; } = "resume-exports";

    /// <summary>Empty = the SDK's default credential chain.</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Path-style URLs (<c>http://host/bucket/key</c>): what most S3-compatible servers need.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>How long a presigned download URL stays valid.</summary>
    public TimeSpan PresignedUrlLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Create the bucket on first use when it does not exist (development and tests).</summary>
    public bool CreateBucketIfMissing { get; set; } = true;

    /// <summary>Attempts on transient failures; 1 = no retry.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Base delay of the exponential backoff (with jitter) between attempts.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Timeout of one HTTP request to the S3 endpoint.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
