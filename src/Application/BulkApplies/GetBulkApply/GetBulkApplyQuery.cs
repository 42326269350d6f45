using Mediator;
using ResumeExport.Application.BulkApplies.Common;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.BulkApplies.GetBulkApply;

/// <summary>A bulk apply with each application's status; another user's is not found.</summary>
public sealed record GetBulkApplyQuery(Guid Id) : IQuery<BulkApplyResponse>;

public sealed class GetBulkApplyQueryHandler(ICurrentUser currentUser, IBulkApplyRepository bulkApplies, IEmailJobRepository emailJobs)
    : IQueryHandler<GetBulkApplyQuery, BulkApplyResponse>
{
    public async ValueTask<BulkApplyResponse> Handle(GetBulkApplyQuery query, CancellationToken cancellationToken)
    {
        var bulkApply = await bulkApplies.FindOwnedAsync(query.Id, currentUser.RequiredUserId, cancellationToken)
            ?? throw new NotFoundException("Bulk apply", query.Id);
        var response = BulkApplyResponse.From(bulkApply);
        var applications = new List<BulkApplicationResponse>(response.Applications.Count);
        foreach (var application in response.Applications)
        {
            applications.Add(application.WithJob(await emailJobs.FindAsync(application.EmailJobId, cancellationToken)));
        }

        return response with { Applications = applications };
    }
}
