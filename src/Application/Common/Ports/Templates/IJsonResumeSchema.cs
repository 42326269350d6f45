using System.Text.Json;

namespace ResumeExport.Application.Common.Ports.Templates;

/// <summary>The JSON Resume schema (1.0.0, from npm <c>@jsonresume/schema</c>), checked by a JSON Schema library.</summary>
public interface IJsonResumeSchema
{
    /// <summary>
    /// Every violation of the schema's structure (types, date patterns), each at the JSON path of the value it concerns
    /// (<c>work[0].startDate</c>, <c>body</c> for the document itself). Formats such as <c>uri</c> are not asserted:
    /// real-world files are loose, and the importer decides what a value that is not a link becomes.
    /// </summary>
    IReadOnlyList<SchemaViolation> Validate(JsonElement document);
}
