namespace ResumeExport.Domain.Common;

/// <summary>The caller asked for something the model forbids.</summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    /// <summary>A stable, machine-readable code (snake_case) that clients can switch on.</summary>
    public string Code { get; } = code;
}
