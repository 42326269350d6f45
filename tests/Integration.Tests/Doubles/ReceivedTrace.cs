using System.Text;

namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>The spans of one trace id, with their parent links, as an OTLP receiver got them from every process.</summary>
public sealed class ReceivedTrace
{
    private readonly Dictionary<string, ReceivedSpan> byId;

    public ReceivedTrace(string traceId, IEnumerable<ReceivedSpan> spans)
    {
        Spans = [.. spans.Where(s => s.TraceId == traceId).DistinctBy(s => s.SpanId)];
        byId = Spans.ToDictionary(s => s.SpanId);
    }

    public IReadOnlyList<ReceivedSpan> Spans { get; }

    /// <summary>Spans whose parent is not in the trace: one root when the trace is unbroken.</summary>
    public IEnumerable<ReceivedSpan> Roots => Spans.Where(s => !byId.ContainsKey(s.ParentSpanId));

    /// <summary>The span's ancestors and the span itself, root first, following parent ids.</summary>
    public List<ReceivedSpan> PathTo(ReceivedSpan span)
    {
        var path = new List<ReceivedSpan> { span };
        while (byId.TryGetValue(path[^1].ParentSpanId, out var parent) && !path.Contains(parent))
        {
            path.Add(parent);
        }

        path.Reverse();
        return path;
    }

    /// <summary>The tree, indented, for failure messages.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var root in Roots)
        {
            Write(root, 0);
        }

        return text.ToString();

        void Write(ReceivedSpan span, int depth)
        {
            text.Append(' ', depth * 2).Append(span).AppendLine();
            foreach (var child in Spans.Where(s => s.ParentSpanId == span.SpanId))
            {
                Write(child, depth + 1);
            }
        }
    }
}
