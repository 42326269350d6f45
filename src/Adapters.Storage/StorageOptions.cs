namespace ResumeExport.Adapters.Storage;

/// <summary>
/// Where export files are stored (configuration section <c>Storage</c>). <see cref="Driver"/> picks the adapter:
/// <c>local</c> (a directory, the default) or <c>s3</c> (any S3-compatible endpoint).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string LocalDriver = "local";

    public const string S3Driver = "s3";

    /// <summary><c>local</c> or <c>s3</c> (case-insensitive).</summary>
    public string Driver { get; set; } = LocalDriver;

    public LocalStorageOptions Local { get; set; } = new();

    public S3StorageOptions S3 { get; set; } = new();

    public bool UsesS3 => string.Equals(Driver?.Trim(), S3Driver, StringComparison.OrdinalIgnoreCase);
}
