using FluentValidation;

namespace ResumeExport.Application.Users.DeleteAccount;

public sealed class DeleteAccountCommandValidator : AbstractValidator<DeleteAccountCommand>
{
    /// <summary>The longest password sign-up accepts: a longer one cannot be right, so it is refused before any hashing.</summary>
    public const int PasswordMaxLength = 128;

    public DeleteAccountCommandValidator() => RuleFor(c => c.Password).NotEmpty().MaximumLength(PasswordMaxLength);
}
