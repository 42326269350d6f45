using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Resumes.DeleteResume;

public sealed record DeleteResumeCommand(Guid Id) : ICommand;

public sealed class DeleteResumeCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IResumeRepository resumes,
    ISystemLog systemLog,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<DeleteResumeCommand>
{
    public async ValueTask<Unit> Handle(DeleteResumeCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            // Locked so a concurrent "make default" cannot pick the resume being deleted.
            _ = await users.LockAsync(userId, ct) ?? throw new NotFoundException("User", userId);
            var resume = await resumes.FindOwnedAsync(command.Id, userId, ct) ?? throw new NotFoundException("Resume", command.Id);
            var now = clock.GetUtcNow();

            resumes.Remove(resume);
            systemLog.Add(SystemLog.Record(userId, SystemLogActions.ResumeDeleted, now, new Dictionary<string, object?> { ["resumeId"] = resume.Id }));
            await unitOfWork.SaveChangesAsync(ct);

            if (resume.IsDefault && await resumes.FindMostRecentlyUpdatedAsync(userId, ct) is { } successor)
            {
                successor.MarkDefault(now);
                await unitOfWork.SaveChangesAsync(ct);
            }

            return Unit.Value;
        }, cancellationToken);
    }
}
