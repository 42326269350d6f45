using System.Diagnostics;
using OpenTelemetry.Trace;

namespace ResumeExport.ServiceDefaults;

/// <summary>
/// Drops root traces of bare background calls (outbox polling, gauge reads), which would bury what on-call looks for;
/// inside an operation they are still recorded.
/// </summary>
internal sealed class OperationsOnlySampler : Sampler
{
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private static readonly SamplingResult Record = new(SamplingDecision.RecordAndSample);

    /// <summary>Applied to roots only; children follow their parent's decision.</summary>
    public static Sampler ParentBased { get; } = new ParentBasedSampler(new OperationsOnlySampler());

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == ActivityKind.Client ? Drop : Record;
}
