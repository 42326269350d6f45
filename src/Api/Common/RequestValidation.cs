using FluentValidation;
using FluentValidation.Results;

namespace ResumeExport.Api.Common;

/// <summary>A request-level validation failure (a header, or a header against the body) as the same 400 problem the use cases' validators give.</summary>
internal static class RequestValidation
{
    public static ValidationException Failure(string field, string message) => new([new ValidationFailure(field, message)]);
}
