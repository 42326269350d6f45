namespace ResumeExport.Application.Common.Exceptions;

/// <summary>Valid, but clashes with the current state (duplicate, stale version, wrong status).</summary>
public sealed class ConflictException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
