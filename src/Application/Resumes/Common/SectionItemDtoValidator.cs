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
    public const int MaxCourses = 30;
    public const int MaxRoles = 10;
    public const int ScoreMaxLength = ShortText;

    /// <summary>Publication titles run longer than other names.</summary>
    public const int TitleMaxLength = 300;

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
                RuleFor(i => i.Url).HttpUrl();
                RuleFor(i => i.Description).OptionalText(LongText);
                RuleFor(i => i.Summary).OptionalText(LongText);
                DateRange(startRequired: true);
                Bullets();
                break;
            case SectionKind.Education:
                RuleFor(i => i.Institution).RequiredText(ShortText);
                RuleFor(i => i.Degree).RequiredText(ShortText);
                RuleFor(i => i.Field).OptionalText(ShortText);
                RuleFor(i => i.Url).HttpUrl();
                RuleFor(i => i.Score).OptionalText(ScoreMaxLength);
                List(i => i.Courses, MaxCourses, ShortText, "courses per education item");
                DateRange(startRequired: true);
                break;
            case SectionKind.Skills:
                RuleFor(i => i.Name).RequiredText(60);
                RuleFor(i => i.Level).OptionalText(40);
                Keywords("skill");
                break;
            case SectionKind.Projects:
                RuleFor(i => i.Name).RequiredText(ShortText);
                RuleFor(i => i.Description).OptionalText(LongText);
                RuleFor(i => i.Url).HttpUrl();
                RuleFor(i => i.Entity).OptionalText(ShortText);
                RuleFor(i => i.Type).OptionalText(ShortText);
                List(i => i.Roles, MaxRoles, ShortText, "roles per project");
                Keywords("project");
                DateRange(startRequired: false);
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
            case SectionKind.Volunteer:
                RuleFor(i => i.Organization).OptionalText(ShortText);
                RuleFor(i => i.Role).OptionalText(ShortText);
                RuleFor(i => i.Url).HttpUrl();
                RuleFor(i => i.Summary).OptionalText(LongText);
                DateRange(startRequired: false);
                Bullets();
                OneOf("organization", "A volunteer item needs an organization or a role.", i => i.Organization, i => i.Role);
                break;
            case SectionKind.Awards:
                RuleFor(i => i.Name).RequiredText(TitleMaxLength);
                RuleFor(i => i.Issuer).OptionalText(ShortText);
                RuleFor(i => i.Date).IsoDate();
                RuleFor(i => i.Summary).OptionalText(LongText);
                break;
            case SectionKind.Publications:
                RuleFor(i => i.Name).RequiredText(TitleMaxLength);
                RuleFor(i => i.Publisher).OptionalText(ShortText);
                RuleFor(i => i.Date).IsoDate();
                RuleFor(i => i.Url).HttpUrl();
                RuleFor(i => i.Summary).OptionalText(LongText);
                break;
            case SectionKind.Interests:
                RuleFor(i => i.Name).OptionalText(ShortText);
                Keywords("interest");
                RuleFor(i => i)
                    .Must(i => !string.IsNullOrWhiteSpace(i.Name) || (i.Keywords?.Count ?? 0) > 0)
                    .OverridePropertyName("name")
                    .WithMessage("An interest needs a name or at least one keyword.");
                break;
            case SectionKind.References:
                RuleFor(i => i.Name).OptionalText(ShortText);
                RuleFor(i => i.Text).OptionalText(LongText);
                OneOf("name", "A reference needs a name or a text.", i => i.Name, i => i.Text);
                break;
        }
    }

    private void OneOf(string reportedOn, string message, params Func<SectionItemDto, string?>[] fields) =>
        RuleFor(i => i)
            .Must(i => fields.Any(f => !string.IsNullOrWhiteSpace(f(i))))
            .OverridePropertyName(reportedOn)
            .WithMessage(message);

    private void Keywords(string what) => List(i => i.Keywords, MaxKeywords, KeywordMaxLength, $"keywords per {what}");

    private void List(Expression<Func<SectionItemDto, IEnumerable<string>?>> list, int maxCount, int maxLength, string what)
    {
        RuleFor(list).Must(l => l is null || l.Count() <= maxCount).WithMessage($"At most {maxCount} {what}.");
        RuleForEach(list).NotEmpty().MaximumLength(maxLength);
    }

    private void DateRange(bool startRequired)
    {
        if (startRequired)
        {
            RuleFor(i => i.StartDate).NotEmpty();
        }

        RuleFor(i => i.StartDate).IsoDate();
        RuleFor(i => i.EndDate).IsoDate();
        RuleFor(i => i.EndDate)
            // "2014-06" to "2014" is a range within 2014: the end counts until its last day.
            .Must((item, end) => ResumeFieldRules.ParseDateOrNull(end)!.Value.LastDay >= ResumeFieldRules.ParseDateOrNull(item.StartDate)!.Value.FirstDay)
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
        NotAllowed(i => i.Summary, "summary");
        NotAllowed(i => i.Organization, "organization");
        NotAllowed(i => i.Publisher, "publisher");
        NotAllowed(i => i.Score, "score");
        NotAllowed(i => i.Entity, "entity");
        NotAllowed(i => i.Type, "type");
        NotAllowed(i => i.Courses, "courses");
        NotAllowed(i => i.Roles, "roles");
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
