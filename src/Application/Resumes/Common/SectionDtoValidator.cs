using System.Collections.Frozen;
using FluentValidation;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.Common;

public sealed class SectionDtoValidator : AbstractValidator<SectionDto>
{
    public const int TitleMaxLength = 80;
    public const int MaxItems = 50;

    // Item validators are immutable once built; one per kind serves every request.
    private static readonly FrozenDictionary<SectionKind, SectionItemDtoValidator> ItemValidators =
        Enum.GetValues<SectionKind>().ToFrozenDictionary(kind => kind, kind => new SectionItemDtoValidator(kind));

    public SectionDtoValidator()
    {
        RuleFor(s => s.Kind)
            .Must(kind => SectionKinds.TryParse(kind, out _))
            .WithMessage($"'kind' must be one of: {string.Join(", ", SectionKinds.Names)}.");
        RuleFor(s => s.Title).NotEmpty().MaximumLength(TitleMaxLength);
        RuleFor(s => s.Items).NotNull().Must(items => items is null || items.Count <= MaxItems).WithMessage($"At most {MaxItems} items per section.");
        RuleForEach(s => s.Items)
            .NotNull()
            .SetValidator((section, _) => ItemValidators[Kind(section)])
            .When(section => SectionKinds.TryParse(section.Kind, out _));
    }

    private static SectionKind Kind(SectionDto section) => SectionKinds.TryParse(section.Kind, out var kind) ? kind : default;
}
