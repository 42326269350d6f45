using System.Text.Json;

namespace ResumeExport.Application.Common.Ports.Templates;

/// <summary>JSON Resume 1.0.0 (npm <c>@jsonresume/schema</c>).</summary>
public interface IJsonResumeSchema
{
    /// <summary>
    /// Structural violations, each at its JSON path (<c>work[0].startDate</c>). Formats such as <c>uri</c> are not
    /// asserted: real-world files are loose.
    /// </summary>
    IReadOnlyList<SchemaViolation> Validate(JsonElement document);
}
