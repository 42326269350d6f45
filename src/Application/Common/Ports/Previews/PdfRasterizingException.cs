namespace ResumeExport.Application.Common.Ports.Previews;

/// <summary>
/// The rasterizer could not draw the page: it timed out, was busy past its wait, or failed on the file. Transient for
/// the caller (a 503 the client may retry); the adapter has logged the cause.
/// </summary>
public sealed class PdfRasterizingException(string message, Exception? innerException = null) : Exception(message, innerException);
