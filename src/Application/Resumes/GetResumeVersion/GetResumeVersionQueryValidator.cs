using FluentValidation;

namespace ResumeExport.Application.Resumes.GetResumeVersion;

public sealed class GetResumeVersionQueryValidator : AbstractValidator<GetResumeVersionQuery>
{
    public GetResumeVersionQueryValidator() =>
        RuleFor(q => q.Version).GreaterThan(0).OverridePropertyName("version").WithMessage("'version' is a version number: 1, 2, 3…");
}
