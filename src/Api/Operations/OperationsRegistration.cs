namespace ResumeExport.Api.Operations;

/// <summary>The export-ops gauges, refreshed in the background.</summary>
internal static class OperationsRegistration
{
    public static IServiceCollection AddOperationsGauges(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OperationsGaugeOptions>().Bind(configuration.GetSection(OperationsGaugeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<ExportOpsGauges>();
        return services;
    }
}
