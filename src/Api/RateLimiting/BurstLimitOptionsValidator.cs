using Microsoft.Extensions.Options;

namespace ResumeExport.Api.RateLimiting;

/// <summary>Refuses to start with a burst limit that would block everyone or nobody, naming the setting.</summary>
internal sealed class BurstLimitOptionsValidator : IValidateOptions<BurstLimitOptions>
{
    private const int MaxTokens = 1_000_000;

    public ValidateOptionsResult Validate(string? name, BurstLimitOptions options)
    {
        var failures = new List<string>();
        Check(nameof(BurstLimitOptions.ExportEnqueue), options.ExportEnqueue, failures);
        Check(nameof(BurstLimitOptions.BulkApply), options.BulkApply, failures);
        Check(nameof(BurstLimitOptions.ResumeWrites), options.ResumeWrites, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string bucket, TokenBucketSettings? settings, List<string> failures)
    {
        var key = $"{BurstLimitOptions.SectionName}:{bucket}";
        if (settings is null)
        {
            failures.Add($"{key} is missing.");
            return;
        }

        if (settings.TokenLimit is < 1 or > MaxTokens)
        {
            failures.Add($"{key}:TokenLimit must be between 1 and {MaxTokens}.");
        }

        if (settings.TokensPerPeriod < 1 || settings.TokensPerPeriod > settings.TokenLimit)
        {
            failures.Add($"{key}:TokensPerPeriod must be between 1 and its TokenLimit.");
        }

        if (settings.ReplenishmentPeriod < TimeSpan.FromMilliseconds(1) || settings.ReplenishmentPeriod > TimeSpan.FromDays(1))
        {
            failures.Add($"{key}:ReplenishmentPeriod must be between 00:00:00.001 and 1.00:00:00.");
        }
    }
}
