namespace ResumeExport.Application.Resumes.JsonResume;

/// <summary>A value of an imported JSON Resume document that was changed or not kept, and what was done with it.</summary>
/// <param name="Path">Where the value is in the imported document, e.g. <c>basics.image</c> or <c>projects[0].url</c>.</param>
public sealed record ImportWarning(string Path, string Message);
