namespace ResumeExport.Api.OpenApi;

/// <summary>The OpenAPI document and the transformers that make it say what the endpoints really do.</summary>
internal static class OpenApiRegistration
{
    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddDocumentTransformer<TagDescriptionsTransformer>();
            options.AddDocumentTransformer<ProblemDetailsSchemaTransformer>();
            options.AddOperationTransformer<AnonymousOperationTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
            options.AddSchemaTransformer<JsonWireShapeSchemaTransformer>();
        });
}
