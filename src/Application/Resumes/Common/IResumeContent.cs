namespace ResumeExport.Application.Resumes.Common;

/// <summary>What create and update both carry, so one validator checks both the same way.</summary>
public interface IResumeContent
{
    string Title { get; }

    string TemplateKey { get; }

    IReadOnlyList<SectionDto> Sections { get; }

    /// <summary>The header; null prints the owner's account name and e-mail.</summary>
    BasicsDto? Basics { get; }

    /// <summary>BCP 47 language of the content, declared in the PDF (<c>en</c> when absent).</summary>
    string? Language { get; }
}
