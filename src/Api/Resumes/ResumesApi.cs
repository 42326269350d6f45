using System.Text.Json;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ResumeExport.Api.Http;
using ResumeExport.Api.OpenApi;
using ResumeExport.Api.Problems;
using ResumeExport.Api.RateLimiting;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Paging;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.CreateResume;
using ResumeExport.Application.Resumes.DeleteResume;
using ResumeExport.Application.Resumes.ExportJsonResume;
using ResumeExport.Application.Resumes.GetResume;
using ResumeExport.Application.Resumes.GetResumeVersion;
using ResumeExport.Application.Resumes.ImportJsonResume;
using ResumeExport.Application.Resumes.ListResumes;
using ResumeExport.Application.Resumes.ListResumeVersions;
using ResumeExport.Application.Resumes.RestoreResumeVersion;
using ResumeExport.Application.Resumes.SetDefaultResume;
using ResumeExport.Application.Resumes.UpdateResume;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Api.Resumes;

public static class ResumesApi
{
    public static IEndpointRouteBuilder MapResumesApi(this IEndpointRouteBuilder app)
    {
        // Writes are rate limited. A token outliving its account is a 404, a racing write a 409 stale_version, and a
        // default-resume race past the user's lock a 409 default_resume_conflict (unique index).
        var group = app.MapGroup("/api/resumes")
            .WithTags("Resumes")
            .RequireAuthorization();

        group.MapGet("/", ListAsync).WithName("ListResumes").WithSummary("The caller's resumes, most recently updated first.");
        group.MapPost("/", CreateAsync).WithName("CreateResume").WithSummary("Create a resume (the first one becomes the default).")
            .RequireRateLimiting(RateLimitPolicies.ResumeWrites)
            .ProducesPlanLimit(PlanLimitNames.MaxResumes, PlanLimitNames.MaxSectionsPerResume, PlanLimitNames.PremiumTemplates)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.DefaultResumeConflict);
        group.MapGet("/{id}", GetAsync).WithName("GetResume").WithSummary("One of the caller's resumes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateResume")
            .WithSummary("Replace a resume. Send the version you edited: `If-Match: \"<version>\"` (malformed 400, stale 412 with currentVersion) and/or body `version` (stale 409).")
            .RequireRateLimiting(RateLimitPolicies.ResumeWrites)
            .ProducesPlanLimit(PlanLimitNames.MaxSectionsPerResume, PlanLimitNames.PremiumTemplates)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.StaleVersion)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteResume")
            .WithSummary("Delete a resume; deleting the default promotes the most recently updated remaining one.")
            .RequireRateLimiting(RateLimitPolicies.ResumeWrites)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.StaleVersion, ConflictCodes.DefaultResumeConflict);
        group.MapPost("/import", ImportAsync).WithName("ImportJsonResume")
            .WithSummary("Create a resume from a JSON Resume 1.0.0 document; `warnings` list every value changed or not kept.")
            .Accepts<JsonElement>("application/json")
            .RequireRateLimiting(RateLimitPolicies.ResumeWrites)
            .ProducesPlanLimit(PlanLimitNames.MaxResumes, PlanLimitNames.MaxSectionsPerResume, PlanLimitNames.PremiumTemplates)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.DefaultResumeConflict);
        group.MapGet("/{id}/json-resume", ExportJsonResumeAsync).WithName("ExportJsonResume")
            .WithSummary("The resume as a JSON Resume 1.0.0 document.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/versions", ListVersionsAsync).WithName("ListResumeVersions")
            .WithSummary("The resume's versions, newest first: `{version, createdAt, contentSha256, title}` per accepted change.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/versions/{version}", GetVersionAsync).WithName("GetResumeVersion")
            .WithSummary("One version of the resume with its full content; an unknown or pruned version is a 404.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/versions/{version}/restore", RestoreVersionAsync).WithName("RestoreResumeVersion")
            .WithSummary("Make the resume say what this version says, as a new version (restoring is itself undoable).")
            .RequireRateLimiting(RateLimitPolicies.ResumeWrites)
            .ProducesPlanLimit(PlanLimitNames.MaxSectionsPerResume, PlanLimitNames.PremiumTemplates)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.StaleVersion);
        group.MapPatch("/{id}/default", SetDefaultAsync).WithName("SetDefaultResume")
            .WithSummary("Make this resume the default (and no other).")
            .RequireRateLimiting(RateLimitPolicies.ResumeWrites)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesConflict(ConflictCodes.StaleVersion, ConflictCodes.DefaultResumeConflict);
        return app;
    }

    public static async Task<Ok<Page<ResumeResponse>>> ListAsync(string? cursor, int? limit, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListResumesQuery(cursor, limit ?? ListResumesQuery.DefaultLimit), cancellationToken));

    public static async Task<Created<ResumeResponse>> CreateAsync(CreateResumeCommand command, ISender sender, CancellationToken cancellationToken)
    {
        var resume = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/resumes/{resume.Id}", resume);
    }

    public static async Task<Created<ImportJsonResumeResponse>> ImportAsync(
        [FromBody] JsonElement document, string? templateKey, ISender sender, CancellationToken cancellationToken)
    {
        var imported = await sender.Send(new ImportJsonResumeCommand(document, templateKey), cancellationToken);
        return TypedResults.Created($"/api/resumes/{imported.Resume.Id}", imported);
    }

    public static async Task<Ok<JsonObject>> ExportJsonResumeAsync(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ExportJsonResumeQuery(id), cancellationToken));

    public static async Task<Ok<ResumeResponse>> GetAsync(Guid id, HttpResponse response, ISender sender, CancellationToken cancellationToken)
    {
        var resume = await sender.Send(new GetResumeQuery(id), cancellationToken);
        response.Headers.ETag = EntityTags.ForVersion(resume.Version);
        return TypedResults.Ok(resume);
    }

    public static async Task<Ok<ResumeResponse>> UpdateAsync(
        Guid id, UpdateResumeRequest body, [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, ISender sender, CancellationToken cancellationToken)
    {
        if (!EntityTags.TryParseIfMatch(ifMatch, out var ifMatchVersion))
        {
            throw RequestValidation.Failure(EntityTags.IfMatchField, "If-Match must be one entity tag as given in this resume's ETag, e.g. \"3\".");
        }

        var command = new UpdateResumeCommand(id, body.Title, body.TemplateKey, body.Sections, body.Version, body.Basics, body.Language)
        {
            IfMatchVersion = ifMatchVersion,
        };
        var resume = await sender.Send(command, cancellationToken);
        response.Headers.ETag = EntityTags.ForVersion(resume.Version);
        return TypedResults.Ok(resume);
    }

    public static async Task<NoContent> DeleteAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteResumeCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<Page<ResumeVersionSummaryResponse>>> ListVersionsAsync(
        Guid id, string? cursor, int? limit, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListResumeVersionsQuery(id, cursor, limit ?? ListResumeVersionsQuery.DefaultLimit), cancellationToken));

    public static async Task<Ok<ResumeVersionResponse>> GetVersionAsync(Guid id, int version, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetResumeVersionQuery(id, version), cancellationToken));

    public static async Task<Ok<ResumeResponse>> RestoreVersionAsync(
        Guid id, int version, HttpResponse response, ISender sender, CancellationToken cancellationToken)
    {
        var resume = await sender.Send(new RestoreResumeVersionCommand(id, version), cancellationToken);
        response.Headers.ETag = EntityTags.ForVersion(resume.Version);
        return TypedResults.Ok(resume);
    }

    public static async Task<Ok<ResumeResponse>> SetDefaultAsync(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetDefaultResumeCommand(id), cancellationToken));
}
