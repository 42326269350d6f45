namespace ResumeExport.Application.Common.Exceptions;

/// <summary>
/// A request precondition (<c>If-Match</c>) does not hold: the client edited a version of the resource that is no longer
/// the current one (412, with the current version so the client can reload).
/// </summary>
public sealed class PreconditionFailedException(string message, int currentVersion) : Exception(message)
{
    public int CurrentVersion { get; } = currentVersion;
}
