namespace ResumeExport.Application.Common.Ports.Templates;

/// <param name="Path">The JSON path of the offending value, e.g. <c>basics.profiles[1].url</c>; <c>body</c> for the document.</param>
public sealed record SchemaViolation(string Path, string Message);
