using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using ResumeExport.Application.Common.Ports.Templates;
using ResumeExport.Application.Resumes.Common;
using ResumeExport.Application.Resumes.CreateResume;
using ResumeExport.Application.Resumes.JsonResume;

namespace ResumeExport.Application.Resumes.ImportJsonResume;

/// <param name="Document">A JSON Resume 1.0.0 document.</param>
/// <param name="TemplateKey">By default the first free template whose required sections the document fills.</param>
public sealed record ImportJsonResumeCommand(JsonElement Document, string? TemplateKey) : ICommand<ImportJsonResumeResponse>;

/// <summary>Imports through the same validation, plan limits and guardrails as a typed-in resume.</summary>
public sealed class ImportJsonResumeCommandHandler(
    IValidator<CreateResumeCommand> createValidator, ResumeCreator creator, ITemplateCatalog templates)
    : ICommandHandler<ImportJsonResumeCommand, ImportJsonResumeResponse>
{
    public async ValueTask<ImportJsonResumeResponse> Handle(ImportJsonResumeCommand command, CancellationToken cancellationToken)
    {
        var imported = JsonResumeImporter.Import(command.Document);
        var templateKey = command.TemplateKey ?? await DefaultTemplateAsync(imported.Sections, cancellationToken);
        var create = new CreateResumeCommand(imported.Title, templateKey, imported.Sections, imported.Basics, imported.Language);

        var result = await createValidator.ValidateAsync(create, cancellationToken);
        if (!result.IsValid)
        {
            throw new ValidationException(result.Errors.Select(error => AtSource(error, imported.Log)));
        }

        var resume = await creator.CreateAsync(create, cancellationToken);
        return new ImportJsonResumeResponse(resume, imported.Log.Warnings);
    }

    /// <summary>Moves a resume error to the document field it came from.</summary>
    private static ValidationFailure AtSource(ValidationFailure error, ImportLog log)
    {
        var path = error.PropertyName == "templateKey" || error.PropertyName == nameof(CreateResumeCommand.TemplateKey)
            ? "templateKey"
            : log.SourceOf(error.PropertyName);
        var message = error.ErrorMessage;
        if (error.FormattedMessagePlaceholderValues?.TryGetValue("PropertyName", out var shown) == true && shown is string resumeName)
        {
            var field = path[(Math.Max(path.LastIndexOf('.'), path.LastIndexOf(']')) + 1)..];
            message = message.Replace($"'{resumeName}'", $"'{(field.Length > 0 ? field : path)}'", StringComparison.Ordinal);
        }

        return new ValidationFailure(path, message);
    }

    private async Task<string> DefaultTemplateAsync(IReadOnlyList<SectionDto> sections, CancellationToken cancellationToken)
    {
        var catalog = await templates.ListAsync(cancellationToken);
        var filled = sections.Where(s => s.Items.Count > 0).Select(s => s.Kind).ToHashSet(StringComparer.Ordinal);
        var fitting = catalog.FirstOrDefault(t => !t.IsPremium && t.RequiredSections.All(filled.Contains));
        return fitting?.Key ?? catalog.First(t => !t.IsPremium).Key;
    }
}
