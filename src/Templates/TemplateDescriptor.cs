namespace ResumeExport.Templates;

/// <summary>What a host needs to know about a template without rendering it: its catalogue entry.</summary>
/// <param name="Key">Stable identifier stored on resumes (<c>classic</c>, <c>modern</c>, <c>compact</c>).</param>
/// <param name="Version">Bumped when the printed layout changes in a way users would notice.</param>
/// <param name="RequiredSections">Section kinds a resume must have (non-empty) to use this template.</param>
/// <param name="IsPremium">Only plans with premium templates may export with it.</param>
public sealed record TemplateDescriptor(string Key, string Name, int Version, IReadOnlyList<string> RequiredSections, bool IsPremium);
