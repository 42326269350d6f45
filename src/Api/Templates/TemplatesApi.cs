using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using ResumeExport.Application.Templates;
using ResumeExport.Application.Templates.GetTemplatePreview;
using ResumeExport.Application.Templates.ListTemplates;

namespace ResumeExport.Api.Templates;

public static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/templates", ListTemplatesAsync)
            .WithTags("Templates")
            .AllowAnonymous()
            .WithName("ListTemplates")
            .WithSummary("The resume templates, with the sections each requires, whether it needs a premium plan and the URL of its page-1 preview.");
        app.MapGet("/api/templates/{templateKey}/preview", PreviewAsync)
            .WithTags("Templates")
            .AllowAnonymous()
            .WithName("GetTemplatePreview")
            .WithSummary("A PNG of page 1 of the template's sample resume (A4, 60 dpi, 496 × 702 px), printed by the real renderer and shipped with the templates package; public, cacheable for a day, with a strong ETag (If-None-Match: 304). 404 for a key that names no template.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<IReadOnlyList<TemplateResponse>>> ListTemplatesAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListTemplatesQuery(), cancellationToken));

    // The same picture for everyone, changed only by a release: shared caches may keep it, and revalidate by ETag.
    public static async Task<FileContentHttpResult> PreviewAsync(string templateKey, ISender sender, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var preview = await sender.Send(new GetTemplatePreviewQuery(templateKey), cancellationToken);
        httpContext.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.File(preview.Content, "image/png", entityTag: EntityTagHeaderValue.Parse(preview.ETag));
    }
}
