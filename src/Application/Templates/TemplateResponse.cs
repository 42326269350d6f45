namespace ResumeExport.Application.Templates;

public sealed record TemplateResponse(string Key, string Name, int Version, IReadOnlyList<string> RequiredSections, bool IsPremium);
