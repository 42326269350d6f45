namespace ResumeExport.Integration.Tests.Operations;

/// <summary>A clock the test sets: the scheduled use cases see the instant the test chose.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
