using FluentValidation;

namespace ResumeExport.Application.Auth.Common;

internal static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    /// <summary>Length over composition rules (NIST SP 800-63B).</summary>
    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .MinimumLength(MinLength)
            .MaximumLength(MaxLength)
            .Must(password => password is null || password.Trim().Length == password.Length)
            .WithMessage("'{PropertyName}' must not start or end with spaces.");
}
