namespace ResumeExport.Architecture.Tests.Fixtures;

/// <summary>Breaks the domain setter rule on purpose (a public setter and an init accessor), to prove the rule catches both.</summary>
public sealed class OpenEntity
{
    public string Name { get; set; } = string.Empty;

    public string Code { get; init; } = string.Empty;

    public int Version { get; private set; }

    public void Bump() => Version++;
}
