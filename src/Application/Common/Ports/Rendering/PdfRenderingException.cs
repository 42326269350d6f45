using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Common.Ports.Rendering;

/// <summary>The template failed to print, or Chromium timed out or was busy.</summary>
public sealed class PdfRenderingException(string code, string message, bool transient, Exception? inner = null)
    : CodedFailureException(code, message, transient, inner);
