using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Resumes.CreateResume;

public sealed record CreateResumeCommand(string Title, string TemplateKey, IReadOnlyList<SectionDto> Sections)
    : ICommand<ResumeResponse>, IResumeContent;

public sealed class CreateResumeCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IResumeRepository resumes,
    ResumePlanGuard planGuard,
    IPlanCatalog plans,
    IPlanUsageReader usage,
    ISystemLog systemLog,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<CreateResumeCommand, ResumeResponse>
{
    public async ValueTask<ResumeResponse> Handle(CreateResumeCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            // The row lock makes "count, check, insert" atomic per user: two racing creates cannot both pass maxResumes.
            var user = await users.LockAsync(userId, ct) ?? throw new NotFoundException("User", userId);
            var now = clock.GetUtcNow();
            var current = await usage.GetAsync(userId, now, ct);
            var limit = (await plans.GetAsync(user.PlanCode, ct)).Limit;
            PlanLimitPolicy.CanCreateResume(limit, current).ThrowIfExceeded();
            await planGuard.CheckContentAsync(limit, command, templateChanged: true, previousSectionCount: 0, ct);

            var resume = Resume.Create(userId, command.Title, command.TemplateKey, ResumeMapper.ToDomain(command.Sections), isDefault: current.Resumes == 0, now);
            resumes.Add(resume);
            systemLog.Add(SystemLog.Record(userId, SystemLogActions.ResumeCreated, now, new Dictionary<string, object?> { ["resumeId"] = resume.Id }));
            await unitOfWork.SaveChangesAsync(ct);
            return ResumeMapper.ToResponse(resume);
        }, cancellationToken);
    }
}
