using System.Globalization;

namespace ResumeExport.Benchmarks;

/// <param name="DotNetCpuPerItem">CPU of this process per item (the .NET side of the printer).</param>
/// <param name="ChildCpuPerItem">CPU of this process's children per item (Chromium; for the peer, node and its Chromium).</param>
/// <param name="Round">Which of two rounds was kept (0: the phase ran once).</param>
internal sealed record PhaseResult(ThroughputRun Run, string Load, TimeSpan DotNetCpuPerItem, TimeSpan ChildCpuPerItem, int Round = 0, string? Note = null)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Run} ({Load}; CPU per item: .NET {DotNetCpuPerItem.TotalMilliseconds:0} ms, children {ChildCpuPerItem.TotalMilliseconds:0} ms{(Note is null ? string.Empty : $", {Note}")})");
}
