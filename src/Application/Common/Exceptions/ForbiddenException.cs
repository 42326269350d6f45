namespace ResumeExport.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this (e.g. an admin-only operation).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
