namespace ResumeExport.Application.Resumes.Common;

public sealed record SectionDto(string Kind, string Title, IReadOnlyList<SectionItemDto> Items);
