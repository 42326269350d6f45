using Microsoft.Extensions.Logging;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Keeps every log entry written through it (event id, level, message), for asserting structured logs.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public List<(EventId EventId, LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((eventId, logLevel, formatter(state, exception)));
}
