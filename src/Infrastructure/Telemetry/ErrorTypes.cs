using ResumeExport.Application.Common.Ports;

namespace ResumeExport.Infrastructure.Telemetry;

/// <summary>The <c>error.type</c> of a failed operation: our stable error code when there is one, else the exception's type.</summary>
internal static class ErrorTypes
{
    public static string Of(Exception exception) => exception switch
    {
        ExportPipelineException pipeline => pipeline.Code,
        OperationCanceledException => "canceled",
        _ => exception.GetType().Name,
    };
}
