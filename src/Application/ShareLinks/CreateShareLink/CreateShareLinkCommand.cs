using FluentValidation;
using FluentValidation.Results;
using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Plans;
using ResumeExport.Application.ShareLinks.Common;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.ShareLinks.CreateShareLink;

/// <param name="ExpiresAt">When the link stops opening (410 after); null never expires. After now, within a year.</param>
/// <param name="Password">Asked of every viewer when given; stored only as a hash.</param>
/// <param name="Version">The stored resume version (<c>/versions/{version}</c>) to show; null always shows the latest.</param>
public sealed record CreateShareLinkCommand(Guid ResumeId, DateTimeOffset? ExpiresAt, string? Password, int? Version)
    : ICommand<CreatedShareLink>;

/// <remarks>
/// Under the owner's row lock (<see cref="PlanSnapshotReader"/>), like every plan check, so a downgrade landing at the
/// same time cannot let a link through. The token leaves this handler once; only its SHA-256 is stored.
/// </remarks>
public sealed class CreateShareLinkCommandHandler(
    ICurrentUser currentUser,
    PlanSnapshotReader planSnapshots,
    IResumeRepository resumes,
    IShareLinkRepository shareLinks,
    IResumeVersionRepository versions,
    IPasswordHasher passwordHasher,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<CreateShareLinkCommand, CreatedShareLink>
{
    public async ValueTask<CreatedShareLink> Handle(CreateShareLinkCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            var now = clock.GetUtcNow();
            var (_, limit, _) = await planSnapshots.LockAsync(userId, now, ct) ?? throw new NotFoundException("User", userId);
            var resume = await resumes.FindOwnedReadOnlyAsync(command.ResumeId, userId, ct) ?? throw new NotFoundException("Resume", command.ResumeId);
            PlanLimitPolicy.CanShareLinks(limit).ThrowIfExceeded();
            // A pinned link shows a stored version (decision 29); one never made or already pruned is bad input, not a
            // missing resource, so it answers 400 naming the field (decision 31).
            if (command.Version is { } pinned && await versions.GetAsync(resume.Id, pinned, ct) is null)
            {
                throw new ValidationException([new ValidationFailure("version", $"'version' {pinned} is not a stored version of this resume (its newest is {resume.LatestVersion}).")]);
            }

            var token = ShareLinkTokens.New();
            var link = ShareLink.Create(
                userId,
                resume.Id,
                ShareLinkTokens.Hash(token),
                command.Password is { } password ? passwordHasher.Hash(password) : null,
                command.Version,
                command.ExpiresAt,
                now);
            shareLinks.Add(link);
            await unitOfWork.SaveChangesAsync(ct);
            return new CreatedShareLink(link.Id, token, link.ExpiresAt, link.CreatedAt);
        }, cancellationToken);
    }
}
