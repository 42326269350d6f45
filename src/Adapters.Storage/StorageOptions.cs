namespace ResumeExport.Adapters.Storage;

/// <summary><see cref="Driver"/>: <c>local</c> (default) or <c>s3</c>.</summary>
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
