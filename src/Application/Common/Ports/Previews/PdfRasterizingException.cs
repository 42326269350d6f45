namespace ResumeExport.Application.Common.Ports.Previews;

/// <summary>The page could not be drawn (timeout, busy, bad file): a retryable 503; the adapter logged the cause.</summary>
public sealed class PdfRasterizingException(string message, Exception? innerException = null) : Exception(message, innerException);
