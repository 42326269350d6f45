using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging.Abstractions;
using ResumeExport.Adapters.Storage;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>The s3rver started by <c>deploy/services/up.sh s3</c>, with settings from the env.sh variables; one bucket per fixture.</summary>
public static class S3TestServer
{
    public static string Endpoint { get; } = Env("S3_ENDPOINT", "http://127.0.0.1:4569");

    public static S3StorageOptions OptionsFor(string bucket) => new()
    {
        ServiceUrl = Endpoint,
        Region = Env("S3_REGION", "us-east-1"),
        BucketName = bucket,
        AccessKey = Env("S3_ACCESS_KEY", "S3RVER"),
        SecretKey = Env("S3_SECRET_KEY", "S3RVER"),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    public static string NewBucketName() => "re-test-" + Guid.NewGuid().ToString("N")[..12];

    public static S3ExportStorage CreateStorage(S3StorageOptions options) => new(options, NullLogger<S3ExportStorage>.Instance);

    public static async Task<List<string>> ListKeysAsync(IAmazonS3 client, string bucket, string prefix)
    {
        var response = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = prefix });
        return response.S3Objects?.Select(o => o.Key).ToList() ?? [];
    }

    /// <summary>Empties and removes a bucket; a missing bucket is fine.</summary>
    public static async Task DeleteBucketAsync(string bucket)
    {
        using var client = S3ExportStorage.CreateClient(OptionsFor(bucket));
        try
        {
            foreach (var key in await ListKeysAsync(client, bucket, string.Empty))
            {
                await client.DeleteObjectAsync(bucket, key);
            }

            await client.DeleteBucketAsync(bucket);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
        }
    }

    private static string Env(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
