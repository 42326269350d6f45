namespace ResumeExport.Application.Common.Exceptions;

/// <summary>
/// A failure with a stable code, recorded and counted; <see cref="Transient"/> ones are retried by the queue.
/// </summary>
public abstract class CodedFailureException(string code, string message, bool transient, Exception? inner)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    public bool Transient { get; } = transient;
}
