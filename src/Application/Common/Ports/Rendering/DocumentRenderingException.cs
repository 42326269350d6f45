using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Common.Ports.Rendering;

/// <summary>A document other than a PDF could not be written; never transient, the same resume would fail again.</summary>
public sealed class DocumentRenderingException(string code, string message, Exception? inner = null)
    : CodedFailureException(code, message, transient: false, inner);
