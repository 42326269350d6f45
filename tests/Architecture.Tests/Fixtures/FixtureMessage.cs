namespace ResumeExport.Architecture.Tests.Fixtures;

public sealed record FixtureMessage(Guid Id);
