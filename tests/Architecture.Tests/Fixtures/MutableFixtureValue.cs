namespace ResumeExport.Architecture.Tests.Fixtures;

/// <summary>A record with a plain public setter: mutable, so not a value object; the setter rule must still report it.</summary>
public sealed record MutableFixtureValue(string Name)
{
    public int Count { get; set; }
}
