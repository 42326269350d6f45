using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.GetResume;

public sealed record GetResumeQuery(Guid Id) : IQuery<ResumeResponse>;

public sealed class GetResumeQueryHandler(ICurrentUser currentUser, IResumeRepository resumes)
    : IQueryHandler<GetResumeQuery, ResumeResponse>
{
    public async ValueTask<ResumeResponse> Handle(GetResumeQuery query, CancellationToken cancellationToken)
    {
        // Scoped to the caller: someone else's resume is indistinguishable from a missing one.
        var resume = await resumes.FindOwnedReadOnlyAsync(query.Id, currentUser.RequiredUserId, cancellationToken)
            ?? throw new NotFoundException("Resume", query.Id);
        return ResumeMapper.ToResponse(resume);
    }
}
