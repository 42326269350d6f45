using System.Text.Json;
using FluentValidation;
using ResumeExport.Application.Common.Ports.Templates;

namespace ResumeExport.Application.Resumes.ImportJsonResume;

/// <summary>A JSON object the JSON Resume 1.0.0 schema accepts; violations by JSON path.</summary>
public sealed class ImportJsonResumeCommandValidator : AbstractValidator<ImportJsonResumeCommand>
{
    public ImportJsonResumeCommandValidator(IJsonResumeSchema schema)
    {
        RuleFor(c => c.Document).Custom((document, context) =>
        {
            if (document.ValueKind != JsonValueKind.Object)
            {
                context.AddFailure("body", "A JSON Resume document is a JSON object.");
                return;
            }

            foreach (var violation in schema.Validate(document))
            {
                context.AddFailure(violation.Path, violation.Message);
            }
        });
        RuleFor(c => c.TemplateKey).NotEmpty().When(c => c.TemplateKey is not null).OverridePropertyName("templateKey");
    }
}
