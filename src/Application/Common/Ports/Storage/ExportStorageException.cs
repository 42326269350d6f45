using ResumeExport.Application.Common.Exceptions;

namespace ResumeExport.Application.Common.Ports.Storage;

/// <summary>The storage driver could not save, read or delete an export file (<c>storage_failed</c>).</summary>
public sealed class ExportStorageException(string code, string message, bool transient, Exception? inner = null)
    : CodedFailureException(code, message, transient, inner);
