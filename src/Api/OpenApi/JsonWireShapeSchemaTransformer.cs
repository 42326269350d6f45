using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ResumeExport.Api.OpenApi;

/// <summary>
/// Makes the schemas say what goes over the wire, so generated clients (clients/typescript) get true types:
/// a nullable member is optional, since responses leave out nulls (<c>WhenWritingNull</c>) and requests may leave them
/// out; numbers are numbers, since the API writes them as JSON numbers (reading them from strings is a leniency of the
/// web serializer defaults, not the contract).
/// </summary>
internal sealed class JsonWireShapeSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Properties is { Count: > 0 } properties && schema.Required is { Count: > 0 } required)
        {
            foreach (var (name, property) in properties)
            {
                if (property.Type is { } type && type.HasFlag(JsonSchemaType.Null))
                {
                    required.Remove(name);
                }
            }
        }

        if (schema.Type is { } numeric && (numeric.HasFlag(JsonSchemaType.Integer) || numeric.HasFlag(JsonSchemaType.Number)) && numeric.HasFlag(JsonSchemaType.String))
        {
            schema.Type = numeric & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
