namespace ResumeExport.Application.Emails.Common;

public sealed record EmailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
