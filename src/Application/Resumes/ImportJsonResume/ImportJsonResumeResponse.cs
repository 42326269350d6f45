using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.JsonResume;

namespace ResumeExport.Application.Resumes.ImportJsonResume;

/// <param name="Warnings">Every value of the document that was changed or not kept, by its path in the document.</param>
public sealed record ImportJsonResumeResponse(ResumeResponse Resume, IReadOnlyList<ImportWarning> Warnings);
