namespace ResumeExport.Application.Common.Exceptions;

/// <summary>
/// A failure with a stable error code (recorded on the row, counted in the metrics). <see cref="Transient"/> failures
/// are retried by the queue; permanent ones fail the item at once. Each port fails with its own kind of it.
/// </summary>
public abstract class CodedFailureException(string code, string message, bool transient, Exception? inner)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    public bool Transient { get; } = transient;
}
