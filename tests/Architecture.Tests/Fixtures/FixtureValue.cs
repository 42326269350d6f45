namespace ResumeExport.Architecture.Tests.Fixtures;

/// <summary>A value object shaped like the domain's records (positional and init-only members): the setter rule exempts it.</summary>
public sealed record FixtureValue(string Name)
{
    public int Rank { get; init; }
}
