namespace ResumeExport.Domain.Exports;

/// <summary>The result of <see cref="FailureAlertPolicy.Evaluate"/>.</summary>
/// <param name="Ratio">failed / finished, 0 when nothing finished.</param>
public sealed record FailureAlertDecision(int Finished, int Failed, double Ratio, bool ShouldAlert);
