namespace ResumeExport.Domain.Exports;

/// <summary>What <see cref="FailureAlertPolicy.Evaluate"/> found: the figures and whether they cross the threshold.</summary>
/// <param name="Ratio">failed / finished, 0 when nothing finished.</param>
public sealed record FailureAlertDecision(int Finished, int Failed, double Ratio, bool ShouldAlert);
