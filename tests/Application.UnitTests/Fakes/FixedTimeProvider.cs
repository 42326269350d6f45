namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>A clock that always reads the same instant.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset DefaultNow { get; } = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    public FixedTimeProvider()
        : this(DefaultNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
