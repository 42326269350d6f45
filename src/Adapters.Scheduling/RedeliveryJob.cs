using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Redelivery;
using ResumeExport.Application.Redeliveries.DispatchDueRedeliveries;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>Every <see cref="RedeliveryOptions.DispatchInterval"/>, moves due redeliveries into the outbox (decision 36).</summary>
public sealed class RedeliveryJob(IServiceScopeFactory scopes, IOptions<RedeliveryOptions> options, TimeProvider clock, ILogger<RedeliveryJob> logger)
    : ScheduledJob(scopes, clock, logger)
{
    protected override string JobName => "redeliveries";

    protected override bool Enabled => true; // with redelivery off nothing is ever due, and rows already waiting still go out

    protected override TimeSpan Interval => options.Value.DispatchInterval;

    protected override async Task RunAsync(ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new DispatchDueRedeliveriesCommand(), cancellationToken);
}
