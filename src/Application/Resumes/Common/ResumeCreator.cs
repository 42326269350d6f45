using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Plans;
using ResumeExport.Domain.Plans;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>
/// The one way a resume is created, typed or imported: row lock, plan limits, first-is-default, system log. Expects
/// validated content.
/// </summary>
public sealed class ResumeCreator(
    ICurrentUser currentUser,
    PlanSnapshotReader planSnapshots,
    IResumeRepository resumes,
    IResumeVersionRepository versions,
    ResumePlanGuard planGuard,
    ISystemLog systemLog,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<ResumeResponse> CreateAsync(IResumeContent content, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            // The row lock makes count-check-insert atomic, so racing creates cannot both pass maxResumes.
            var now = clock.GetUtcNow();
            var (_, limit, current) = await planSnapshots.LockAsync(userId, now, ct) ?? throw new NotFoundException("User", userId);
            PlanLimitPolicy.CanCreateResume(limit, current).ThrowIfExceeded();
            await planGuard.CheckContentAsync(limit, content, templateChanged: true, previousSectionCount: 0, ct);

            var resume = Resume.Create(
                userId,
                content.Title,
                content.TemplateKey,
                ResumeMapper.ToDomain(content.Sections),
                isDefault: current.Resumes == 0,
                now,
                ResumeMapper.ToDomain(content.Basics),
                content.Language);
            resumes.Add(resume);
            versions.Add(ResumeVersion.Capture(resume, now));
            systemLog.Add(SystemLog.Record(userId, SystemLogActions.ResumeCreated, now, new Dictionary<string, object?> { ["resumeId"] = resume.Id }));
            await unitOfWork.SaveChangesAsync(ct);
            return ResumeMapper.ToResponse(resume);
        }, cancellationToken);
    }
}
