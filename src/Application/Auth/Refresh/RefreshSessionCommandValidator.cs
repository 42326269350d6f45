using FluentValidation;

namespace ResumeExport.Application.Auth.Refresh;

public sealed class RefreshSessionCommandValidator : AbstractValidator<RefreshSessionCommand>
{
    /// <summary>Ours are 43 characters; anything far longer is not one of ours.</summary>
    public const int MaxLength = 256;

    public RefreshSessionCommandValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(MaxLength);
}
