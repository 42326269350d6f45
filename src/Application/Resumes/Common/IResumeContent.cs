namespace ResumeExport.Application.Resumes.Common;

/// <summary>What create and update both carry, so one validator checks both the same way.</summary>
public interface IResumeContent
{
    string Title { get; }

    string TemplateKey { get; }

    IReadOnlyList<SectionDto> Sections { get; }
}
