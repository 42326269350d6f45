namespace ResumeExport.Application.Resumes.Common;

public sealed record SectionDto(string Kind, string Title, IReadOnlyList<SectionItemDto> Items)
{
    /// <summary>Print the whole section on one page when it fits on one (default false).</summary>
    public bool KeepTogether { get; init; }

    /// <summary>Print the section from the top of a new page (default false).</summary>
    public bool StartOnNewPage { get; init; }
}
