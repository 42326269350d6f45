namespace ResumeExport.Application.Common.Exceptions;

/// <summary>The caller could not be authenticated (e.g. wrong e-mail or password). The message never says which part was wrong.</summary>
public sealed class UnauthorizedException(string message) : Exception(message);
