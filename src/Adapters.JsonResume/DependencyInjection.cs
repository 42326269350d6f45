using Microsoft.Extensions.DependencyInjection;
using ResumeExport.Application.Common.Ports.Templates;

namespace ResumeExport.Adapters.JsonResume;

public static class DependencyInjection
{
    /// <summary>The JSON Resume 1.0.0 schema check, for the host that imports resumes (the API).</summary>
    public static IServiceCollection AddJsonResume(this IServiceCollection services) =>
        services.AddSingleton<IJsonResumeSchema, JsonSchemaNetJsonResumeSchema>();
}
