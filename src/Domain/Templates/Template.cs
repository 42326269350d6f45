namespace ResumeExport.Domain.Templates;

public sealed class Template
{
    private Template()
    {
    }

    public string Key { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public int Version { get; private set; }

    public bool IsPremium { get; private set; }

    /// <summary>Section kinds (e.g. <c>experience</c>) a resume must have, non-empty, to use this template.</summary>
    public IReadOnlyList<string> RequiredSections { get; private set; } = [];

    public static Template Create(string key, string name, int version, bool isPremium, IReadOnlyList<string> requiredSections) =>
        new() { Key = key, Name = name, Version = version, IsPremium = isPremium, RequiredSections = requiredSections };
}
