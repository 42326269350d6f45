using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ResumeExport.Adapters.Storage;

/// <summary>Reports every bad <see cref="StorageOptions"/> key at once, at start-up.</summary>
public sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private static readonly TimeSpan MaxPresignedLifetime = TimeSpan.FromDays(7);   // SigV4 limit

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var driver = options.Driver?.Trim() ?? string.Empty;
        if (!string.Equals(driver, StorageOptions.LocalDriver, StringComparison.OrdinalIgnoreCase) && !options.UsesS3)
        {
            failures.Add($"Storage:Driver must be '{StorageOptions.LocalDriver}' or '{StorageOptions.S3Driver}' (was '{options.Driver}').");
        }
        else if (options.UsesS3)
        {
            ValidateS3(options.S3, failures);
        }
        else if (string.IsNullOrWhiteSpace(options.Local?.RootPath))
        {
            failures.Add("Storage:Local:RootPath must be set for the local storage driver.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateS3(S3StorageOptions? s3, List<string> failures)
    {
        if (s3 is null)
        {
            failures.Add("Storage:S3 must be configured for the s3 storage driver.");
            return;
        }

        if (string.IsNullOrWhiteSpace(s3.BucketName) || !BucketNamePattern().IsMatch(s3.BucketName))
        {
            failures.Add($"Storage:S3:BucketName must be a valid S3 bucket name (3-63 characters: a-z, 0-9, '.', '-') (was '{s3.BucketName}').");
        }

        if (string.IsNullOrWhiteSpace(s3.ServiceUrl) && string.IsNullOrWhiteSpace(s3.Region))
        {
            failures.Add("Storage:S3 needs Storage:S3:ServiceUrl (an S3-compatible endpoint) or Storage:S3:Region (AWS S3).");
        }

        if (!string.IsNullOrWhiteSpace(s3.ServiceUrl)
            && (!Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"Storage:S3:ServiceUrl must be an absolute http or https URL (was '{s3.ServiceUrl}').");
        }

        if (string.IsNullOrWhiteSpace(s3.AccessKey) != string.IsNullOrWhiteSpace(s3.SecretKey))
        {
            failures.Add("Storage:S3:AccessKey and Storage:S3:SecretKey must be set together (or both left empty for the default AWS credential chain).");
        }

        if (s3.PresignedUrlLifetime < TimeSpan.FromSeconds(1) || s3.PresignedUrlLifetime > MaxPresignedLifetime)
        {
            failures.Add($"Storage:S3:PresignedUrlLifetime must be between 00:00:01 and 7.00:00:00 (was {s3.PresignedUrlLifetime}).");
        }

        if (s3.MaxAttempts is < 1 or > 10)
        {
            failures.Add($"Storage:S3:MaxAttempts must be between 1 and 10 (was {s3.MaxAttempts}).");
        }

        if (s3.RetryBaseDelay < TimeSpan.Zero || s3.RetryBaseDelay > TimeSpan.FromSeconds(30))
        {
            failures.Add($"Storage:S3:RetryBaseDelay must be between 00:00:00 and 00:00:30 (was {s3.RetryBaseDelay}).");
        }

        if (s3.RequestTimeout < TimeSpan.FromSeconds(1) || s3.RequestTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Storage:S3:RequestTimeout must be between 00:00:01 and 00:10:00 (was {s3.RequestTimeout}).");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketNamePattern();
}
