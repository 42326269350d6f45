using System.Text.Json;

namespace ResumeExport.Application.Common.Ports.Templates;

/// <summary>The JSON Resume schema (1.0.0, from npm <c>@jsonresume/schema</c>), checked by a JSON Schema library.</summary>
public interface IJsonResumeSchema
{
    /// <summary>
    /// Structural violations, each at its JSON path (<c>work[0].startDate</c>). Formats such as <c>uri</c> are not
    /// asserted: real-world files are loose.
    /// </summary>
    IReadOnlyList<SchemaViolation> Validate(JsonElement document);
}
