using System.Text.Json;
using ResumeExport.Application.Common.Ports.Templates;

namespace ResumeExport.Application.UnitTests.Fakes;

/// <summary>Reports the violations a test gives it (none by default) and remembers what it was asked to check.</summary>
internal sealed class FakeJsonResumeSchema(params SchemaViolation[] violations) : IJsonResumeSchema
{
    public int Checked { get; private set; }

    public IReadOnlyList<SchemaViolation> Validate(JsonElement document)
    {
        Checked++;
        return violations;
    }
}
