namespace ResumeExport.Application.Common.Ports.Templates;

/// <param name="Path">E.g. <c>basics.profiles[1].url</c>; <c>body</c> for the document.</param>
public sealed record SchemaViolation(string Path, string Message);
