using FluentValidation;
using Microsoft.Extensions.Options;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>Deep resume validation, every failure at once, keyed by path.</summary>
public sealed class ResumeContentValidator<T> : AbstractValidator<T>
    where T : IResumeContent
{
    public ResumeContentValidator(ResumeTemplateLookup templates, IOptions<ResumeOptions> options)
    {
        var maxSections = options.Value.MaxSections;

        RuleFor(c => c.Title).NotEmpty().Must(t => t is null || t.Trim().Length <= Resume.TitleMaxLength)
            .WithMessage($"'Title' must be {Resume.TitleMaxLength} characters or fewer.");
        RuleFor(c => c.TemplateKey).NotEmpty();
        RuleFor(c => c.Sections).NotNull()
            .Must(sections => sections is null || sections.Count <= maxSections)
            .WithMessage($"A resume has at most {maxSections} sections.");
        RuleForEach(c => c.Sections).NotNull().SetValidator(new SectionDtoValidator());
        RuleFor(c => c.Basics!).SetValidator(new BasicsDtoValidator()).When(c => c.Basics is not null);
        RuleFor(c => c.Language)
            .Must(ResumeFieldRules.IsLanguageTag)
            .When(c => c.Language is not null)
            .WithMessage("'language' must be a BCP 47 language tag such as en, de or pt-BR.");

        RuleFor(c => c.TemplateKey).CustomAsync(async (key, context, cancellationToken) =>
        {
            if (string.IsNullOrEmpty(key))
            {
                return;
            }

            // Cached for the request, so the plan guard reuses it.
            var template = await templates.FindAsync(key, cancellationToken);
            if (template is null)
            {
                var known = await templates.KeysAsync(cancellationToken);
                context.AddFailure("templateKey", $"Unknown template '{key}'. Available: {string.Join(", ", known)}.");
                return;
            }

            var sections = context.InstanceToValidate.Sections ?? [];
            foreach (var required in template.RequiredSections)
            {
                var present = sections.Any(s => s is not null && s.Kind == required
                    && (s.Items ?? []).Any(i => i is not null && SectionItemFields.PresentIn(i).Any()));
                if (!present)
                {
                    context.AddFailure("sections", $"The '{template.Key}' template needs a non-empty '{required}' section.");
                }
            }
        });
    }
}
