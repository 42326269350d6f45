using ResumeExport.Application.Common.Exceptions;


namespace ResumeExport.Application.Common.Diagnostics;

/// <summary><c>error.type</c>: our stable error code if any, else the exception type.</summary>
public static class ErrorTypes
{
    public static string Of(Exception exception) => exception switch
    {
        CodedFailureException coded => coded.Code,
        OperationCanceledException => "canceled",
        _ => exception.GetType().Name,
    };
}
