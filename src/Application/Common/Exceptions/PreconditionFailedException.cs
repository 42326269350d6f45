namespace ResumeExport.Application.Common.Exceptions;

/// <summary>The client edited a stale version (<c>If-Match</c>): a 412 carrying the current version.</summary>
public sealed class PreconditionFailedException(string message, int currentVersion) : Exception(message)
{
    public int CurrentVersion { get; } = currentVersion;
}
