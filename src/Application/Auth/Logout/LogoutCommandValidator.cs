using FluentValidation;
using ResumeExport.Application.Auth.Refresh;

namespace ResumeExport.Application.Auth.Logout;

public sealed class LogoutCommandValidator : AbstractValidator<LogoutCommand>
{
    public LogoutCommandValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(RefreshSessionCommandValidator.MaxLength);
}
