using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.GetResumeVersion;

/// <summary>One version with its content; another user's resume, an unknown or a pruned version is not found.</summary>
public sealed record GetResumeVersionQuery(Guid ResumeId, int Version) : IQuery<ResumeVersionResponse>;

public sealed class GetResumeVersionQueryHandler(ICurrentUser currentUser, IResumeRepository resumes, IResumeVersionRepository versions)
    : IQueryHandler<GetResumeVersionQuery, ResumeVersionResponse>
{
    public async ValueTask<ResumeVersionResponse> Handle(GetResumeVersionQuery query, CancellationToken cancellationToken)
    {
        if (!await resumes.ExistsOwnedAsync(query.ResumeId, currentUser.RequiredUserId, cancellationToken))
        {
            throw new NotFoundException("Resume", query.ResumeId);
        }

        var version = await versions.GetAsync(query.ResumeId, query.Version, cancellationToken)
            ?? throw new NotFoundException("Resume version", query.Version);
        return ResumeVersionResponse.From(version);
    }
}
