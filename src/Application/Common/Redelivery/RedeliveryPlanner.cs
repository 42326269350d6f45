using Microsoft.Extensions.Options;
using ResumeExport.Domain.Redeliveries;

namespace ResumeExport.Application.Common.Redelivery;

/// <summary><see cref="RedeliveryPolicy"/> with the configured schedule, this clock and real jitter.</summary>
public sealed class RedeliveryPlanner(IOptions<RedeliveryOptions> options, TimeProvider clock)
{
    public RedeliverySchedule Schedule => options.Value.Schedule;

    /// <summary>For work whose last quick retry failed transiently: wait until a due time, or give up.</summary>
    public RedeliveryDecision Decide(DateTimeOffset? waitingSince, int redeliveries) =>
        RedeliveryPolicy.Decide(options.Value.Schedule, waitingSince, redeliveries, clock.GetUtcNow(), Random.Shared.NextDouble());
}
