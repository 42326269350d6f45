using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Auth.PurgeEndedSessions;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>Deletes the refresh tokens of sessions that ended more than <see cref="SessionPurgeOptions.Retention"/> ago.</summary>
public sealed class SessionPurgeJob(
    IServiceScopeFactory scopes, IOptions<SessionPurgeOptions> options, TimeProvider clock, ILogger<SessionPurgeJob> logger)
    : ScheduledJob(scopes, clock, logger)
{
    private readonly TimeProvider clock = clock;

    protected override string JobName => "session-purge";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunAsync(ISender sender, CancellationToken cancellationToken)
    {
        // A purged family is gone, so the next batch takes others: the loop ends when none is left.
        var endedBefore = clock.GetUtcNow() - options.Value.Retention;
        int purged;
        do
        {
            purged = await sender.Send(new PurgeEndedSessionsCommand(endedBefore, options.Value.BatchSize), cancellationToken);
        }
        while (purged > 0 && !cancellationToken.IsCancellationRequested);
    }
}
