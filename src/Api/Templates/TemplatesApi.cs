using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ResumeExport.Application.Templates;
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
            .WithSummary("The resume templates, with the sections each requires and whether it needs a premium plan.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<TemplateResponse>>> ListTemplatesAsync(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListTemplatesQuery(), cancellationToken));
}
