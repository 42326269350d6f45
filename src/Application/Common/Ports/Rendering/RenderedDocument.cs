namespace ResumeExport.Application.Common.Ports.Rendering;

/// <param name="Content">The file, as it is stored and downloaded.</param>
public sealed record RenderedDocument(byte[] Content);
