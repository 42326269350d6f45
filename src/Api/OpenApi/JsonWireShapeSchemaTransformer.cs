using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ResumeExport.Api.OpenApi;

/// <summary>
/// Schemas as the wire is, so generated clients get true types: nullable means optional (<c>WhenWritingNull</c>), and
/// numbers are numbers (reading them from strings is a serializer leniency, not the contract).
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
