using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Resumes.PruneResumeVersions;

namespace ResumeExport.Adapters.Scheduling;

/// <summary>
/// Runs in every API replica: each pass claims resumes with <c>FOR UPDATE SKIP LOCKED</c>, so no two replicas prune
/// one resume at once. A pass repeats while batches come back full.
/// </summary>
public sealed class ResumeVersionPruningJob(
    IServiceScopeFactory scopes, IOptions<ResumeVersionPruningOptions> options, TimeProvider clock, ILogger<ResumeVersionPruningJob> logger)
    : ScheduledJob(scopes, clock, logger)
{
    protected override string JobName => "resume-version-pruning";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunAsync(ISender sender, CancellationToken cancellationToken)
    {
        // A claimed resume loses every prunable version, so the prefilter skips it next time: the loop ends.
        int pruned;
        do
        {
            pruned = await sender.Send(new PruneResumeVersionsCommand(options.Value.BatchSize), cancellationToken);
        }
        while (pruned > 0 && !cancellationToken.IsCancellationRequested);
    }
}
