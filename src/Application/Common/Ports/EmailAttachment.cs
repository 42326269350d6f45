namespace ResumeExport.Application.Common.Ports;

public sealed record EmailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
