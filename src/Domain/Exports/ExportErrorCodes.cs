namespace ResumeExport.Domain.Exports;

/// <summary>Stable error codes on failed exports; clients and alerts switch on them.</summary>
public static class ExportErrorCodes
{
    public const string UploadLimitExceeded = "upload_limit_exceeded";
    public const string RenderFailed = "render_failed";
    public const string RenderTimeout = "render_timeout";
    public const string StorageFailed = "storage_failed";
    public const string ResumeMissing = "resume_missing";
}
