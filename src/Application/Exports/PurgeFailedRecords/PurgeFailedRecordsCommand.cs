using Mediator;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Exports.PurgeFailedRecords;

/// <summary>Deletes failed exports and e-mail jobs older than <see cref="Retention"/>.</summary>
public sealed record PurgeFailedRecordsCommand(TimeSpan Retention, int BatchSize) : ICommand<PurgeFailedRecordsResult>;

public sealed partial class PurgeFailedRecordsCommandHandler(IFailedRecordPurger purger, TimeProvider clock, ILogger<PurgeFailedRecordsCommandHandler> logger)
    : ICommandHandler<PurgeFailedRecordsCommand, PurgeFailedRecordsResult>
{
    public async ValueTask<PurgeFailedRecordsResult> Handle(PurgeFailedRecordsCommand command, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - command.Retention;
        var (exports, emailJobs) = await purger.PurgeOlderThanAsync(cutoff, command.BatchSize, cancellationToken);
        if (exports + emailJobs > 0)
        {
            LogPurged(exports, emailJobs, cutoff);
        }

        return new PurgeFailedRecordsResult(exports, emailJobs);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Exports} failed exports and {EmailJobs} failed e-mail jobs that failed before {Cutoff}")]
    private partial void LogPurged(int exports, int emailJobs, DateTimeOffset cutoff);
}
