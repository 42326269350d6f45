using System.Linq.Expressions;
using FluentValidation;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>Checks an item against its kind: required fields, lengths, dates, URLs, no foreign fields.</summary>
public sealed class SectionItemDtoValidator : AbstractValidator<SectionItemDto>
{
    public const int ShortText = 120;
    public const int LongText = 2000;
    public const int MaxBullets = 20;
    public const int BulletMaxLength = 300;
    public const int MaxKeywords = 20;
    public const int KeywordMaxLength = 60;

    private readonly IReadOnlySet<string> allowed;
    private readonly string kindName;

    public SectionItemDtoValidator(SectionKind kind)
    {
        allowed = SectionItemFields.AllowedFor(kind);
        kindName = SectionKinds.NameOf(kind);
        RejectForeignFields();

        switch (kind)
        {
            case SectionKind.Summary:
                RuleFor(i => i.Text).RequiredText(LongText);
                break;
            case SectionKind.Experience:
                RuleFor(i => i.Company).RequiredText(ShortText);
                RuleFor(i => i.Role).RequiredText(ShortText);
                RuleFor(i => i.Location).OptionalText(ShortText);
                DateRange();
                Bullets();
                break;
            case SectionKind.Education:
                RuleFor(i => i.Institution).RequiredText(ShortText);
                RuleFor(i => i.Degree).RequiredText(ShortText);
                RuleFor(i => i.Field).OptionalText(ShortText);
                DateRange();
                break;
            case SectionKind.Skills:
                RuleFor(i => i.Name).RequiredText(60);
                RuleFor(i => i.Level).OptionalText(40);
                RuleFor(i => i.Keywords).Must(k => k is null || k.Count <= MaxKeywords).WithMessage($"At most {MaxKeywords} keywords per skill.");
                RuleForEach(i => i.Keywords).NotEmpty().MaximumLength(KeywordMaxLength);
                break;
            case SectionKind.Projects:
                RuleFor(i => i.Name).RequiredText(ShortText);
                RuleFor(i => i.Description).OptionalText(LongText);
                RuleFor(i => i.Url).HttpUrl();
                Bullets();
                break;
            case SectionKind.Certifications:
                RuleFor(i => i.Name).RequiredText(ShortText);
                RuleFor(i => i.Issuer).OptionalText(ShortText);
                RuleFor(i => i.Date).IsoDate();
                RuleFor(i => i.Url).HttpUrl();
                break;
            case SectionKind.Languages:
                RuleFor(i => i.Name).RequiredText(60);
                RuleFor(i => i.Proficiency).OptionalText(40);
                break;
            case SectionKind.Links:
                RuleFor(i => i.Label).RequiredText(60);
                RuleFor(i => i.Url).NotEmpty().HttpUrl();
                break;
            case SectionKind.Custom:
                RuleFor(i => i.Text).OptionalText(LongText);
                Bullets();
                RuleFor(i => i)
                    .Must(i => !string.IsNullOrWhiteSpace(i.Text) || (i.Bullets?.Count ?? 0) > 0)
                    .OverridePropertyName("text")
                    .WithMessage("A custom item needs a text or at least one bullet.");
                break;
        }
    }

    private void DateRange()
    {
        RuleFor(i => i.StartDate).NotEmpty().IsoDate();
        RuleFor(i => i.EndDate).IsoDate();
        RuleFor(i => i.EndDate)
            .Must((item, end) => ResumeFieldRules.ParseDateOrNull(end) >= ResumeFieldRules.ParseDateOrNull(item.StartDate))
            .When(i => ResumeFieldRules.TryParseDate(i.StartDate, out _) && ResumeFieldRules.TryParseDate(i.EndDate, out _))
            .WithMessage("'endDate' must not be before 'startDate'.");
    }

    private void Bullets()
    {
        RuleFor(i => i.Bullets).Must(b => b is null || b.Count <= MaxBullets).WithMessage($"At most {MaxBullets} bullets per item.");
        RuleForEach(i => i.Bullets).NotEmpty().MaximumLength(BulletMaxLength);
    }

    private void RejectForeignFields()
    {
        NotAllowed(i => i.Text, "text");
        NotAllowed(i => i.Company, "company");
        NotAllowed(i => i.Role, "role");
        NotAllowed(i => i.Location, "location");
        NotAllowed(i => i.StartDate, "startDate");
        NotAllowed(i => i.EndDate, "endDate");
        NotAllowed(i => i.Institution, "institution");
        NotAllowed(i => i.Degree, "degree");
        NotAllowed(i => i.Field, "field");
        NotAllowed(i => i.Name, "name");
        NotAllowed(i => i.Level, "level");
        NotAllowed(i => i.Description, "description");
        NotAllowed(i => i.Url, "url");
        NotAllowed(i => i.Issuer, "issuer");
        NotAllowed(i => i.Date, "date");
        NotAllowed(i => i.Proficiency, "proficiency");
        NotAllowed(i => i.Label, "label");
        NotAllowed(i => i.Bullets, "bullets");
        NotAllowed(i => i.Keywords, "keywords");
    }

    private void NotAllowed<TField>(Expression<Func<SectionItemDto, TField>> field, string name)
    {
        if (!allowed.Contains(name))
        {
            RuleFor(field).Null().WithMessage($"'{name}' is not a field of a {kindName} item.");
        }
    }
}
