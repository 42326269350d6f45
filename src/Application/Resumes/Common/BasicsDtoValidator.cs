using FluentValidation;
using ResumeExport.Domain.Resumes;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>Validated like items: lengths, e-mail and http(s) URLs, at most ten profiles.</summary>
public sealed class BasicsDtoValidator : AbstractValidator<BasicsDto>
{
    public const int NameMaxLength = 120;
    public const int PhoneMaxLength = 40;
    public const int PlaceMaxLength = 80;
    public const int NetworkMaxLength = 60;
    public const int UsernameMaxLength = 100;
    public const int AddressMaxLength = 200;
    public const int PostalCodeMaxLength = 20;

    public BasicsDtoValidator()
    {
        RuleFor(b => b.Name).RequiredText(NameMaxLength);
        RuleFor(b => b.Label).OptionalText(SectionItemDtoValidator.ShortText);
        RuleFor(b => b.Email)
            .Must(email => email is null || EmailAddress.IsValid(email))
            .WithMessage("'email' must be an e-mail address such as ana@example.com.");
        RuleFor(b => b.Phone).OptionalText(PhoneMaxLength);
        RuleFor(b => b.Url).HttpUrl();
        RuleFor(b => b.Location!).ChildRules(location =>
        {
            location.RuleFor(l => l.Address).OptionalText(AddressMaxLength);
            location.RuleFor(l => l.PostalCode).OptionalText(PostalCodeMaxLength);
            location.RuleFor(l => l.City).OptionalText(PlaceMaxLength);
            location.RuleFor(l => l.Region).OptionalText(PlaceMaxLength);
            location.RuleFor(l => l.CountryCode)
                .Must(code => code is null || (code.Length == 2 && code.All(char.IsAsciiLetter)))
                .WithMessage("'countryCode' must be a two-letter ISO 3166-1 country code such as DE.");
        }).When(b => b.Location is not null);
        RuleFor(b => b.Profiles)
            .Must(profiles => profiles is null || profiles.Count <= ResumeBasics.MaxProfiles)
            .WithMessage($"At most {ResumeBasics.MaxProfiles} profiles.");
        RuleForEach(b => b.Profiles).NotNull().ChildRules(profile =>
        {
            profile.RuleFor(p => p.Network).RequiredText(NetworkMaxLength);
            profile.RuleFor(p => p.Username).OptionalText(UsernameMaxLength);
            profile.RuleFor(p => p.Url).HttpUrl();
            profile.RuleFor(p => p)
                .Must(p => !string.IsNullOrWhiteSpace(p.Username) || !string.IsNullOrWhiteSpace(p.Url))
                .OverridePropertyName("username")
                .WithMessage("A profile needs a username, a URL or both.");
        });
    }
}
