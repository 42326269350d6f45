using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.SetDefaultResume;

public sealed record SetDefaultResumeCommand(Guid Id) : ICommand<ResumeResponse>;

public sealed class SetDefaultResumeCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IResumeRepository resumes,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<SetDefaultResumeCommand, ResumeResponse>
{
    public async ValueTask<ResumeResponse> Handle(SetDefaultResumeCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            // Clear then set under the user's lock; the partial unique index backs this up.
            _ = await users.LockAsync(userId, ct) ?? throw new NotFoundException("User", userId);
            var resume = await resumes.FindOwnedAsync(command.Id, userId, ct) ?? throw new NotFoundException("Resume", command.Id);
            if (!resume.IsDefault)
            {
                await resumes.ClearDefaultAsync(userId, ct);
                resume.MarkDefault(clock.GetUtcNow());
                await unitOfWork.SaveChangesAsync(ct);
            }

            return ResumeMapper.ToResponse(resume);
        }, cancellationToken);
    }
}
