namespace ResumeExport.Domain.Emails;

/// <summary>Stable <c>lastErrorCode</c>s; operators and clients switch on them.</summary>
public static class EmailErrorCodes
{
    /// <summary>The SMTP server could not be reached or answered 4xx: retried by the queue.</summary>
    public const string SmtpTransient = "smtp_transient";

    /// <summary>The SMTP server refused the message for good (5xx other than a mailbox error).</summary>
    public const string SmtpPermanent = "smtp_permanent";

    /// <summary>The recipient's mailbox does not exist or refuses mail (550/551/553).</summary>
    public const string MailboxUnavailable = "mailbox_unavailable";

    /// <summary>The bulk apply's PDF is still being rendered: retried by the queue.</summary>
    public const string ExportNotReady = "export_not_ready";

    /// <summary>The PDF a bulk application was waiting for could not be made (its export failed for good).</summary>
    public const string ExportFailed = "export_failed";

    /// <summary>The export to attach failed, expired or no longer exists.</summary>
    public const string ExportUnavailable = "export_unavailable";

    /// <summary>The export's stored file is gone.</summary>
    public const string ExportFileMissing = "export_file_missing";

    /// <summary>The stored file's bytes do not hash to what the export recorded when it stored them: nothing is sent.</summary>
    public const string ExportFileMismatch = "export_file_mismatch";

    /// <summary>The bulk apply or its owner no longer exists.</summary>
    public const string BulkApplyMissing = "bulk_apply_missing";
}
