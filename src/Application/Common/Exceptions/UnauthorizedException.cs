namespace ResumeExport.Application.Common.Exceptions;

/// <summary>Authentication failed; the message never says which part was wrong.</summary>
public sealed class UnauthorizedException(string message) : Exception(message);
