namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>An imported value that was changed or dropped, and why.</summary>
/// <param name="Path">In the imported document, e.g. <c>basics.image</c>.</param>
public sealed record ImportWarning(string Path, string Message);
