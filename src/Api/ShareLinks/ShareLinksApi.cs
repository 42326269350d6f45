using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.ShareLinks.Common;
using ResumeExport.Application.ShareLinks.CreateShareLink;
using ResumeExport.Application.ShareLinks.ListShareLinks;
using ResumeExport.Application.ShareLinks.RevokeShareLink;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Api.ShareLinks;

/// <summary>The owner's side of share links (decision 31); the public pages are <see cref="SharePagesApi"/>.</summary>
public static class ShareLinksApi
{
    public static IEndpointRouteBuilder MapShareLinksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/resumes/{id}/share-links")
            .WithTags("Share links")
            .RequireAuthorization();

        group.MapPost("/", CreateAsync).WithName("CreateShareLink")
            .WithSummary("Create a public, read-only link to the resume (plan feature shareLinks). The url is returned only here: the token is stored hashed. Without `version` the page always shows the latest.")
            .RequireRateLimiting(RateLimitPolicies.ResumeWrites)
            .ProducesPlanLimit(PlanLimitNames.ShareLinks)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).WithName("ListShareLinks")
            .WithSummary("The resume's share links, newest first, with their state (active, revoked, expired) and view and download counts; never their urls.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{linkId}", RevokeAsync).WithName("RevokeShareLink")
            .WithSummary("Revoke a share link: its page answers 410 from now on. Revoking again changes nothing.")
            .RequireRateLimiting(RateLimitPolicies.ResumeWrites)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Created<CreatedShareLinkResponse>> CreateAsync(
        Guid id, CreateShareLinkRequest body, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateShareLinkCommand(id, body.ExpiresAt, body.Password, body.Version), cancellationToken);
        var url = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{SharePagesApi.PagePath(created.Token)}");
        return TypedResults.Created(
            $"/api/resumes/{id}/share-links",
            new CreatedShareLinkResponse(created.Id, url, created.ExpiresAt, created.CreatedAt));
    }

    public static async Task<Ok<IReadOnlyList<ShareLinkResponse>>> ListAsync(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListShareLinksQuery(id), cancellationToken));

    public static async Task<NoContent> RevokeAsync(Guid id, Guid linkId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeShareLinkCommand(id, linkId), cancellationToken);
        return TypedResults.NoContent();
    }
}
