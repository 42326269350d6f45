using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Exports.Common;

/// <summary>A failure of the pipeline's own logic rather than an adapter's, or an unclassified error given a code.</summary>
public sealed class ExportPipelineException(string code, string message, bool transient, Exception? inner = null)
    : CodedFailureException(code, message, transient, inner);
