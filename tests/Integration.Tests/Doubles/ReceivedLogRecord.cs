namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>One log record as an OTLP receiver got it; the trace id is lower-case hex, empty outside a trace.</summary>
public sealed record ReceivedLogRecord(string Service, string TraceId, string Severity, string Body);
