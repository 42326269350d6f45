namespace ResumeExport.Integration.Tests.Doubles;

/// <summary>
/// One data point of one metric export. <see cref="Value"/> is a counter's or gauge's value, or a histogram's sum;
/// <see cref="Count"/> is a histogram's count (1 for other points).
/// </summary>
public sealed record ReceivedMetricPoint(string Service, string Name, string Unit, IReadOnlyDictionary<string, string> Attributes, double Value, ulong Count);
