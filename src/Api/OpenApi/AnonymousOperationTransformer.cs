using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ResumeExport.Api.OpenApi;

/// <summary>Lifts the document's bearer requirement from public endpoints.</summary>
internal sealed class AnonymousOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!EndpointAccess.RequiresSignIn(context.Description.ActionDescriptor.EndpointMetadata))
        {
            operation.Security = [];
        }

        return Task.CompletedTask;
    }
}
