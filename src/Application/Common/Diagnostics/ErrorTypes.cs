using ResumeExport.Application.Common.Exceptions;


namespace ResumeExport.Application.Common.Diagnostics;

/// <summary>The <c>error.type</c> of a failed operation: our stable error code when there is one, else the exception's type.</summary>
public static class ErrorTypes
{
    public static string Of(Exception exception) => exception switch
    {
        CodedFailureException coded => coded.Code,
        OperationCanceledException => "canceled",
        _ => exception.GetType().Name,
    };
}
