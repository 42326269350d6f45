using System.Reflection;
using Microsoft.Extensions.Options;

namespace ResumeExport.Api.RateLimiting;

/// <summary>Refuses to start with a store timeout or fail mode that cannot be meant, naming the setting.</summary>
internal sealed class SharedRateLimitOptionsValidator : IValidateOptions<SharedRateLimitOptions>
{
    // Every policy name is a constant of RateLimitPolicies, so a new policy is known here without another list.
    private static readonly HashSet<string> Policies = typeof(RateLimitPolicies)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public ValidateOptionsResult Validate(string? name, SharedRateLimitOptions options)
    {
        var section = SharedRateLimitOptions.SectionName;
        var failures = new List<string>();
        if (options.StoreTimeout < TimeSpan.FromMilliseconds(10) || options.StoreTimeout > TimeSpan.FromSeconds(10))
        {
            failures.Add($"{section}:{nameof(options.StoreTimeout)} must be between 00:00:00.010 and 00:00:10.");
        }

        if (options.RetryAfterWhenStoreDown < TimeSpan.FromSeconds(1) || options.RetryAfterWhenStoreDown > TimeSpan.FromHours(1))
        {
            failures.Add($"{section}:{nameof(options.RetryAfterWhenStoreDown)} must be between 00:00:01 and 01:00:00.");
        }

        if (options.SweepInterval < TimeSpan.FromSeconds(1) || options.SweepInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"{section}:{nameof(options.SweepInterval)} must be between 00:00:01 and 1.00:00:00.");
        }

        if (!Enum.IsDefined(options.DefaultWhenStoreDown))
        {
            failures.Add($"{section}:{nameof(options.DefaultWhenStoreDown)} must be Open or Closed.");
        }

        foreach (var (policy, behaviour) in options.WhenStoreDown)
        {
            if (!Policies.Contains(policy))
            {
                failures.Add($"{section}:{nameof(options.WhenStoreDown)}:{policy} names no rate-limit policy (known: {string.Join(", ", Policies.Order(StringComparer.Ordinal))}).");
            }
            else if (!Enum.IsDefined(behaviour))
            {
                failures.Add($"{section}:{nameof(options.WhenStoreDown)}:{policy} must be Open or Closed.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
