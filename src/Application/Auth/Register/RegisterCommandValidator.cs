using FluentValidation;
using ResumeExport.Application.Auth.Common;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.Auth.Register;

public sealed class RegisterCommandValidator : AbstractValidator<RegisterCommand>
{
    public RegisterCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().Must(EmailAddress.IsValid).WithMessage("'Email' is not a valid e-mail address.");
        RuleFor(c => c.Password).StrongPassword();
        // NotEmpty also rejects whitespace-only names.
        RuleFor(c => c.DisplayName)
            .NotEmpty()
            .Must(name => name is null || name.Trim().Length <= User.DisplayNameMaxLength)
            .WithMessage($"'Display Name' must be {User.DisplayNameMaxLength} characters or fewer.");
    }
}
