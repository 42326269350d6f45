using System.Diagnostics;
using OpenTelemetry.Trace;

namespace ResumeExport.ServiceDefaults;

/// <summary>
/// Records every trace except those a background loop starts with a bare outgoing call: the outbox relay polls
/// PostgreSQL every second in every process, and the gauges read RabbitMQ's statistics over HTTP. As roots those calls
/// are one-span traces that would bury the requests, messages and jobs on-call looks for; inside an operation (a request,
/// a consumed message, a use case of a scheduled job) the same calls are still recorded as its children.
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
