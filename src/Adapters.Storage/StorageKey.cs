using System.Text.RegularExpressions;

namespace ResumeExport.Adapters.Storage;

/// <summary>
/// Keys are lower-case <c>[a-z0-9._-]</c> segments starting alphanumeric, no leading slash, at most 512 characters;
/// they come from <c>ExportStorageKeys</c>, so anything else is a bug.
/// </summary>
internal static partial class StorageKey
{
    public const int MaxLength = 512;

    public static void Validate(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0 || key.Length > MaxLength || !Pattern().IsMatch(key))
        {
            throw new ArgumentException(
                $"Invalid storage key '{key}': expected lower-case segments of [a-z0-9._-] separated by '/', each starting with a letter or digit.",
                nameof(key));
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
