namespace ResumeExport.Application.Common.Ports;

public sealed record RenderedPdf(byte[] Content, int PageCount);
