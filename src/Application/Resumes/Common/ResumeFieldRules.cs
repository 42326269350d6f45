using FluentValidation;
using ResumeExport.Domain.Resumes;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>Shared rules for resume fields: ISO dates as precise as given, http(s) URLs, bounded text.</summary>
internal static class ResumeFieldRules
{
    public const int UrlMaxLength = 2048;
    public const int LanguageTagMaxLength = 35;

    public static bool TryParseDate(string? value, out PartialDate date) => PartialDate.TryParse(value, out date);

    public static PartialDate? ParseDateOrNull(string? value) => TryParseDate(value, out var date) ? date : null;

    public static bool IsHttpUrl(string? value) =>
        value is not null
        && value.Length <= UrlMaxLength
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>A common-shape BCP 47 tag (<c>pt-BR</c>, <c>zh-Hant-TW</c>).</summary>
    public static bool IsLanguageTag(string? value) =>
        value is { Length: > 0 and <= LanguageTagMaxLength }
        && value.Split('-') is var parts
        && parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
        && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));

    public static IRuleBuilderOptions<T, string?> IsoDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || TryParseDate(value, out _))
            .WithMessage("'{PropertyName}' must be a date written as yyyy, yyyy-MM or yyyy-MM-dd.");

    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsHttpUrl(value))
            .WithMessage($"'{{PropertyName}}' must be an absolute http(s) URL of at most {UrlMaxLength} characters.");

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength);
}
