using FluentValidation;
using FluentValidation.Results;

namespace ResumeExport.Api.Problems;

/// <summary>
/// Request-level validation failures (a header, a header against the body, a query value, a body string) as the same
/// 400 problem the use cases' validators give. Their field is already named as the client wrote it (<c>If-Match</c>,
/// <c>sections[0].title</c>), so the problem keeps it exactly instead of camel-casing a .NET property path.
/// </summary>
internal static class RequestValidation
{
    /// <summary>Marks a failure whose <see cref="ValidationFailure.PropertyName"/> is the client's own field name.</summary>
    public static readonly object ExactFieldName = new();

    public static ValidationFailure FailureOf(string field, string message) => new(field, message) { CustomState = ExactFieldName };

    public static ValidationException Failure(string field, string message) => new([FailureOf(field, message)]);
}
