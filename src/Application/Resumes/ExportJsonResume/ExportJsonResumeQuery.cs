using System.Text.Json.Nodes;
using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Resumes.JsonResume;

namespace ResumeExport.Application.Resumes.ExportJsonResume;

/// <summary>One of the caller's resumes as a JSON Resume 1.0.0 document.</summary>
public sealed record ExportJsonResumeQuery(Guid Id) : IQuery<JsonObject>;

public sealed class ExportJsonResumeQueryHandler(ICurrentUser currentUser, IResumeRepository resumes, IUserRepository users)
    : IQueryHandler<ExportJsonResumeQuery, JsonObject>
{
    public async ValueTask<JsonObject> Handle(ExportJsonResumeQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId;

        // Scoped to the caller: someone else's resume is indistinguishable from a missing one.
        var resume = await resumes.FindOwnedAsync(query.Id, userId, cancellationToken) ?? throw new NotFoundException("Resume", query.Id);
        var owner = await users.FindByIdAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        return JsonResumeExporter.Export(resume, owner.DisplayName, owner.Email);
    }
}
