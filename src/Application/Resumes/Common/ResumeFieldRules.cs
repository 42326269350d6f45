using System.Globalization;
using FluentValidation;

namespace ResumeExport.Application.Resumes.Common;

/// <summary>Shared rules for resume fields: ISO dates, http(s) URLs, bounded text.</summary>
internal static class ResumeFieldRules
{
    public const string DateFormat = "yyyy-MM-dd";
    public const int UrlMaxLength = 2048;

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly? ParseDateOrNull(string? value) => TryParseDate(value, out var date) ? date : null;

    public static bool IsHttpUrl(string? value) =>
        value is not null
        && value.Length <= UrlMaxLength
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    public static IRuleBuilderOptions<T, string?> IsoDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || TryParseDate(value, out _))
            .WithMessage("'{PropertyName}' must be a date written as yyyy-MM-dd.");

    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsHttpUrl(value))
            .WithMessage($"'{{PropertyName}}' must be an absolute http(s) URL of at most {UrlMaxLength} characters.");

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength);
}
