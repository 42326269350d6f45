using FluentValidation;
using FluentValidation.Results;

namespace ResumeExport.Api.Problems;

/// <summary>
/// Request-level failures as the validators' 400 problem, keeping the field as the client wrote it (<c>If-Match</c>)
/// rather than camel-casing a .NET path.
/// </summary>
internal static class RequestValidation
{
    /// <summary>Marks a <see cref="ValidationFailure.PropertyName"/> that is already the client's field name.</summary>
    public static readonly object ExactFieldName = new();

    public static ValidationFailure FailureOf(string field, string message) => new(field, message) { CustomState = ExactFieldName };

    public static ValidationException Failure(string field, string message) => new([FailureOf(field, message)]);
}
