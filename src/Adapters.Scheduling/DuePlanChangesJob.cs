using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Billing;
using ResumeExport.Application.Billing.ApplyDueChanges;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>
/// Runs in every API replica: claims use <c>FOR UPDATE SKIP LOCKED</c>, so no change applies twice. A pass repeats
/// while batches come back full.
/// </summary>
internal sealed class DuePlanChangesJob(
    IServiceScopeFactory scopes, IOptions<BillingOptions> options, TimeProvider clock, ILogger<DuePlanChangesJob> logger)
    : ScheduledJob(scopes, clock, logger)
{
    protected override string JobName => "due-plan-changes";

    protected override bool Enabled => true;

    protected override TimeSpan Interval => options.Value.DueChangesInterval;

    protected override async Task RunAsync(ISender sender, CancellationToken cancellationToken)
    {
        int applied;
        do
        {
            applied = await sender.Send(new ApplyDuePlanChangesCommand(), cancellationToken);
        }
        while (applied >= options.Value.DueChangesBatchSize && !cancellationToken.IsCancellationRequested);
    }
}
