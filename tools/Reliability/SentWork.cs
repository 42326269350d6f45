using System.Collections.Concurrent;

namespace ResumeExport.Reliability;

/// <summary>What a case got accepted by the API (202), and what was refused, by status.</summary>
internal sealed class SentWork
{
    public ConcurrentBag<AcceptedExport> Exports { get; } = [];

    public ConcurrentBag<Guid> BulkApplies { get; } = [];

    /// <summary>HTTP status (0 = no answer) → how many stream requests were not accepted.</summary>
    public ConcurrentDictionary<int, int> Refused { get; } = new();

    public void Refuse(int status) => Refused.AddOrUpdate(status, 1, (_, n) => n + 1);

    public string RefusedText => Refused.IsEmpty ? "none" : string.Join(", ", Refused.OrderBy(r => r.Key).Select(r => $"{r.Value}× {(r.Key == 0 ? "no answer" : r.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}"));
}
