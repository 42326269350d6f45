using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.UpdateResume;

/// <param name="ExpectedVersion">Body <c>version</c>: stale is a 409; null skips the check.</param>
public sealed record UpdateResumeCommand(
    Guid Id,
    string Title,
    string TemplateKey,
    IReadOnlyList<SectionDto> Sections,
    int? ExpectedVersion,
    BasicsDto? Basics = null,
    string? Language = null)
    : ICommand<ResumeResponse>, IResumeContent
{
    /// <summary>From <c>If-Match</c>: stale is a 412 with the current version; null skips it.</summary>
    public int? IfMatchVersion { get; init; }
}

public sealed class UpdateResumeCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IResumeRepository resumes,
    IResumeVersionRepository versions,
    ResumePlanGuard planGuard,
    IPlanCatalog plans,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<UpdateResumeCommand, ResumeResponse>
{
    public async ValueTask<ResumeResponse> Handle(UpdateResumeCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var resume = await resumes.FindOwnedAsync(command.Id, userId, cancellationToken)
            ?? throw new NotFoundException("Resume", command.Id);
        if (command.IfMatchVersion is { } precondition && precondition != resume.Version)
        {
            throw new PreconditionFailedException(
                $"The resume is at version {resume.Version}, not {precondition} (If-Match). Reload it and apply your changes again.", resume.Version);
        }

        resume.EnsureVersion(command.ExpectedVersion);

        var user = await users.FindByIdAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        var limit = (await plans.GetAsync(user.PlanCode, cancellationToken)).Limit;
        await planGuard.CheckContentAsync(limit, command, command.TemplateKey != resume.TemplateKey, resume.Sections.Count, cancellationToken);

        var now = clock.GetUtcNow();
        var changed = resume.Update(
            command.Title,
            command.TemplateKey,
            ResumeMapper.ToDomain(command.Sections),
            now,
            ResumeMapper.ToDomain(command.Basics),
            command.Language);
        if (changed)
        {
            // Same transaction as the change: a version exists exactly for every content the resume held.
            versions.Add(ResumeVersion.Capture(resume, now));
        }

        // The version is also the EF concurrency token: a save racing this one makes the second commit a 409, not a lost update.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ResumeMapper.ToResponse(resume);
    }
}
