using Microsoft.Extensions.Time.Testing;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>The instant every unit test starts at, and a <see cref="FakeTimeProvider"/> standing still there (or at another instant).</summary>
internal static class TestClock
{
    public static DateTimeOffset Now { get; } = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    public static FakeTimeProvider At(DateTimeOffset? now = null) => new(now ?? Now);
}
