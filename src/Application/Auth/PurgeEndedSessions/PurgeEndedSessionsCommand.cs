using Mediator;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Auth.PurgeEndedSessions;

/// <summary>
/// One batch of the session purge: deletes the refresh tokens of sessions that ended (expired, or revoked) before
/// <paramref name="EndedBefore"/>. Sessions still alive keep every token, spent ones included, so reuse detection holds.
/// </summary>
/// <param name="MaxSessions">Sessions (families) deleted in one statement.</param>
public sealed record PurgeEndedSessionsCommand(DateTimeOffset EndedBefore, int MaxSessions) : ICommand<int>;

/// <remarks>Safe with several replicas: a family that has ended stays ended, so two purges delete the same rows at most once.</remarks>
public sealed partial class PurgeEndedSessionsCommandHandler(IRefreshTokenRepository refreshTokens, ILogger<PurgeEndedSessionsCommandHandler> logger)
    : ICommandHandler<PurgeEndedSessionsCommand, int>
{
    public async ValueTask<int> Handle(PurgeEndedSessionsCommand command, CancellationToken cancellationToken)
    {
        var deleted = await refreshTokens.PurgeEndedFamiliesAsync(command.EndedBefore, command.MaxSessions, cancellationToken);
        if (deleted > 0)
        {
            LogPurged(logger, deleted, command.EndedBefore);
        }

        return deleted;
    }

    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "Purged {Count} refresh tokens of sessions that ended before {EndedBefore:O}")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset endedBefore);
}
