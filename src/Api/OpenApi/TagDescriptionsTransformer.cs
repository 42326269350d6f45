using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ResumeExport.Api.OpenApi;

/// <summary>One description per tag; the OpenAPI lint gate refuses a tag without one (<c>tag-description</c>).</summary>
internal sealed class TagDescriptionsTransformer : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["Auth"] = "Register, sign in, refresh (rotating refresh tokens) and sign out: sign-in returns the short-lived bearer token every other call sends. Rate limited per client address and per account.",
        ["Users"] = "The signed-in user and the plan usage (limits, today's usage, what remains, when daily limits reset).",
        ["Templates"] = "The resume templates and the sections each requires. Public.",
        ["Resumes"] = "The caller's resumes: typed sections, basics, the default resume, optimistic concurrency (ETag/If-Match), JSON Resume in and out.",
        ["Exports"] = "Exports of a resume (PDF, DOCX, Markdown, text): queue (idempotent), watch (Server-Sent Events) or poll, download; failed exports and e-mails, and their requeue.",
        ["Share links"] = "Public, read-only links to a resume (a pinned version or always the latest), with expiry, an optional password and view and download counts; the public pages live under /s/{token}.",
        ["Metrics"] = "The operator's view of the export pipeline (admin).",
        ["Applications"] = "Bulk apply: one resume e-mailed as PDF to several job openings, with each application's status.",
        ["Billing"] = "Plans, the caller's subscription and plan changes; provider webhooks (public, signature-verified) and their dead letters (admin).",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            if (tag.Name is { } name && Descriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        return Task.CompletedTask;
    }
}
