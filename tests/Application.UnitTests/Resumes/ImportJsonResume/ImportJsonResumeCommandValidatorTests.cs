using System.Text.Json;
using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Application.Resumes.ImportJsonResume;
using ResumeExport.Application.UnitTests.Fakes;

namespace ResumeExport.Application.UnitTests.Resumes.ImportJsonResume;

public sealed class ImportJsonResumeCommandValidatorTests
{
    [Test]
    public void Schema_violations_come_back_at_their_json_paths()
    {
        var schema = new FakeJsonResumeSchema(new SchemaViolation("work[0].startDate", "The string does not match the pattern."));
        var validator = new ImportJsonResumeCommandValidator(schema);

        var result = validator.Validate(new ImportJsonResumeCommand(JsonDocument.Parse("""{"work":[{"startDate":"June"}]}""").RootElement, null));

        Assert.That(schema.Checked, Is.EqualTo(1));
        Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)), Is.EqualTo(new[] { ("work[0].startDate", "The string does not match the pattern.") }));
    }

    [TestCase("[]")]
    [TestCase("\"resume\"")]
    [TestCase("42")]
    public void A_document_that_is_not_an_object_is_refused_as_the_body(string json)
    {
        var schema = new FakeJsonResumeSchema();

        var result = new ImportJsonResumeCommandValidator(schema).Validate(new ImportJsonResumeCommand(JsonDocument.Parse(json).RootElement, null));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "body" }));
        Assert.That(schema.Checked, Is.Zero);
    }

    [Test]
    public void An_empty_template_key_is_refused()
    {
        var result = new ImportJsonResumeCommandValidator(new FakeJsonResumeSchema())
            .Validate(new ImportJsonResumeCommand(JsonDocument.Parse("{}").RootElement, string.Empty));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "templateKey" }));
    }
}
