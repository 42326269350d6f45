using ResumeExport.Integration.Tests.Doubles.Otlp;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>One span as an OTLP receiver got it; ids are lower-case hex, a root's parent id is empty.</summary>
public sealed record ReceivedSpan(
    string Service, string TraceId, string SpanId, string ParentSpanId, string Name, SpanKind Kind, IReadOnlyDictionary<string, string> Attributes)
{
    public override string ToString() => $"{Name} [{Kind}, {Service}]";
}
