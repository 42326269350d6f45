using Mediator;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Plans;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Users.GetPlanUsage;

public sealed record GetPlanUsageQuery : IQuery<PlanUsageResponse>;

public sealed class GetPlanUsageQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IPlanCatalog plans,
    IPlanUsageReader usageReader,
    IOptions<ResumeOptions> resumeOptions,
    TimeProvider clock) : IQueryHandler<GetPlanUsageQuery, PlanUsageResponse>
{
    public async ValueTask<PlanUsageResponse> Handle(GetPlanUsageQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;
        var user = await users.FindByIdAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        var plan = await plans.GetAsync(user.PlanCode, cancellationToken);
        var now = clock.GetUtcNow();
        var usage = await usageReader.GetAsync(userId, now, cancellationToken);
        var limit = plan.Limit;

        var remaining = new PlanUsageDto(
            Math.Max(0, limit.MaxResumes - usage.Resumes),
            Math.Max(0, limit.DailyExports - usage.ExportsToday),
            Math.Max(0, limit.DailyUploadBytes - usage.UploadBytesToday),
            Math.Max(0, limit.DailyBulkApplies - usage.BulkAppliesToday));

        return new PlanUsageResponse(
            plan.Code,
            plan.Name,
            // The lower of the plan's and the installation's cap (MAX_RESUME_SECTIONS) applies.
            PlanLimitDto.From(limit) with { MaxSectionsPerResume = Math.Min(limit.MaxSectionsPerResume, resumeOptions.Value.MaxSections) },
            new PlanUsageDto(usage.Resumes, usage.ExportsToday, usage.UploadBytesToday, usage.BulkAppliesToday),
            remaining,
            PlanLimitPolicy.NextDailyReset(now));
    }
}
