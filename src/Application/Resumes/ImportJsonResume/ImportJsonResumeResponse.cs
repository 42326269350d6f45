using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.JsonResume;

namespace ResumeExport.Application.Resumes.ImportJsonResume;

/// <param name="Warnings">Every value changed or dropped, by document path.</param>
public sealed record ImportJsonResumeResponse(ResumeResponse Resume, IReadOnlyList<ImportWarning> Warnings);
