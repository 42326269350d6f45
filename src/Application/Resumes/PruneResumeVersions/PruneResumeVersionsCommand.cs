using Mediator;
using Microsoft.Extensions.Logging;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.PruneResumeVersions;

/// <summary>
/// One pass of the version pruning job: each claimed resume keeps its plan's <c>maxVersionsKept</c> newest versions
/// and every version a live export or a sent application points to (<see cref="ResumeVersionPrunePolicy"/>).
/// </summary>
/// <param name="BatchSize">Resumes claimed (locked) in one transaction.</param>
public sealed record PruneResumeVersionsCommand(int BatchSize) : ICommand<int>;

/// <remarks>
/// Safe with several replicas: the claim locks the resume rows with <c>FOR UPDATE SKIP LOCKED</c>, so two passes work on
/// different resumes, and a resume update (which needs the same row) waits until its pass commits, so the pinned set
/// read here stays true until the delete.
/// </remarks>
public sealed partial class PruneResumeVersionsCommandHandler(
    IResumeVersionRepository versions, IUnitOfWork unitOfWork, ILogger<PruneResumeVersionsCommandHandler> logger)
    : ICommandHandler<PruneResumeVersionsCommand, int>
{
    public async ValueTask<int> Handle(PruneResumeVersionsCommand command, CancellationToken cancellationToken) =>
        await unitOfWork.InTransactionAsync(async ct =>
        {
            var deleted = 0;
            foreach (var candidate in await versions.ClaimPruneCandidatesAsync(command.BatchSize, ct))
            {
                var stored = await versions.ListNumbersAsync(candidate.ResumeId, ct);
                var pinned = await versions.PinnedNumbersAsync(candidate.ResumeId, ct);
                var prunable = ResumeVersionPrunePolicy.Prunable(stored, candidate.LatestVersion, candidate.MaxVersionsKept, pinned);
                if (prunable.Count > 0)
                {
                    deleted += await versions.DeleteAsync(candidate.ResumeId, prunable, ct);
                    LogPruned(logger, candidate.ResumeId, prunable.Count, candidate.MaxVersionsKept, pinned.Count);
                }
            }

            return deleted;
        }, cancellationToken);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Information,
        Message = "Pruned {Count} versions of resume {ResumeId} (plan keeps {MaxVersionsKept}; {Pinned} pinned by exports or applications)")]
    private static partial void LogPruned(ILogger logger, Guid resumeId, int count, int maxVersionsKept, int pinned);
}
