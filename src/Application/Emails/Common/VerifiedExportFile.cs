namespace ResumeExport.Application.Emails.Common;

/// <summary>An export's bytes as read from storage, with their SHA-256 (lower-case hex), checked against the export's.</summary>
public sealed record VerifiedExportFile(byte[] Content, string Sha256);
