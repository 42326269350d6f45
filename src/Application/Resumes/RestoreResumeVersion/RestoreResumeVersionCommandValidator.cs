using FluentValidation;

namespace ResumeExport.Application.Resumes.RestoreResumeVersion;

public sealed class RestoreResumeVersionCommandValidator : AbstractValidator<RestoreResumeVersionCommand>
{
    public RestoreResumeVersionCommandValidator() =>
        RuleFor(c => c.Version).GreaterThan(0).OverridePropertyName("version").WithMessage("'version' is a version number: 1, 2, 3…");
}
