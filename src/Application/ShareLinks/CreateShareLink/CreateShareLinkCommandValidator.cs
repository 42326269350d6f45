using FluentValidation;
using ResumeExport.Application.ShareLinks.Common;
using ResumeExport.Domain.ShareLinks;

namespace ResumeExport.Application.ShareLinks.CreateShareLink;

public sealed class CreateShareLinkCommandValidator : AbstractValidator<CreateShareLinkCommand>
{
    public CreateShareLinkCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.ResumeId).NotEmpty();
        RuleFor(c => c.ExpiresAt)
            .Must(expiry => expiry is null || expiry > clock.GetUtcNow())
            .WithMessage("'expiresAt' must be in the future.")
            .Must(expiry => expiry is null || expiry <= clock.GetUtcNow() + ShareLink.MaxLifetime)
            .WithMessage($"'expiresAt' must be at most {ShareLink.MaxLifetime.TotalDays:0} days ahead.");
        RuleFor(c => c.Password)
            .Length(ShareLinkRules.PasswordMinLength, ShareLinkRules.PasswordMaxLength)
            .WithMessage($"'password' must be {ShareLinkRules.PasswordMinLength} to {ShareLinkRules.PasswordMaxLength} characters long.");
        RuleFor(c => c.Version)
            .GreaterThan(0).WithMessage("'version' must be 1 or more.");
    }
}
