namespace ResumeExport.Application.Common.Exceptions;

/// <summary>
/// A failure of an adapter in the export pipeline (rendering, storage, mail) with a stable error code.
/// <see cref="Transient"/> failures are retried by the queue; permanent ones fail the item at once.
/// </summary>
public sealed class ExportPipelineException(string code, string message, bool transient, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    public bool Transient { get; } = transient;
}
