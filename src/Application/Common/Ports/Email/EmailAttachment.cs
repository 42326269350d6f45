namespace ResumeExport.Application.Common.Ports.Email;

public sealed record EmailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
