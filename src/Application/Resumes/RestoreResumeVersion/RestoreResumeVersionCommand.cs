using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.RestoreResumeVersion;

/// <summary>
/// Makes a resume say what one of its versions says, as a new version (so the restore itself can be undone by
/// restoring the version before it). Owner only: another user's resume or an unknown version is not found.
/// </summary>
public sealed record RestoreResumeVersionCommand(Guid ResumeId, int Version) : ICommand<ResumeResponse>;

public sealed class RestoreResumeVersionCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IResumeRepository resumes,
    IResumeVersionRepository versions,
    ResumePlanGuard planGuard,
    IPlanCatalog plans,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<RestoreResumeVersionCommand, ResumeResponse>
{
    public async ValueTask<ResumeResponse> Handle(RestoreResumeVersionCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var resume = await resumes.FindOwnedAsync(command.ResumeId, userId, cancellationToken)
            ?? throw new NotFoundException("Resume", command.ResumeId);
        var version = await versions.GetAsync(command.ResumeId, command.Version, cancellationToken)
            ?? throw new NotFoundException("Resume version", command.Version);

        // The same plan checks as an update: a downgraded user may not restore a switch to a premium template.
        var user = await users.FindByIdAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        var limit = (await plans.GetAsync(user.PlanCode, cancellationToken)).Limit;
        await planGuard.CheckContentAsync(
            limit, new RestoredContent(version), version.TemplateKey != resume.TemplateKey, resume.Sections.Count, cancellationToken);

        var now = clock.GetUtcNow();
        resume.RestoreFrom(version, now);
        versions.Add(ResumeVersion.Capture(resume, now));

        // The resume's version is the EF concurrency token: a write racing this one makes the second commit a 409.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ResumeMapper.ToResponse(resume);
    }

    /// <summary>The version's content in the shape the plan guard reads.</summary>
    private sealed record RestoredContent(string Title, string TemplateKey, IReadOnlyList<SectionDto> Sections, BasicsDto? Basics, string? Language)
        : IResumeContent
    {
        public RestoredContent(ResumeVersion version)
            : this(version.Title, version.TemplateKey, ResumeMapper.ToDto(version.Sections), ResumeMapper.ToDto(version.Basics), version.Language)
        {
        }
    }
}
