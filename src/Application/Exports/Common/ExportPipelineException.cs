using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Exports.Common;

/// <summary>
/// A failure of the export pipeline's own logic rather than of an adapter: the resume or its owner gone, today's upload
/// bytes exceeded, an export file an e-mail needs missing, or an unclassified error wrapped so that it gets a code.
/// </summary>
public sealed class ExportPipelineException(string code, string message, bool transient, Exception? inner = null)
    : CodedFailureException(code, message, transient, inner);
