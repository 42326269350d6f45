namespace ResumeExport.Reliability;

/// <summary>The connection budget's verdict: the sum of the pool bounds (plus the suite's own), and who went over its bound.</summary>
internal sealed record ConnectionBudget(int Total, bool Passed, IReadOnlyList<string> OverPool);
