using FluentValidation;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.UpdateResume;

public sealed class UpdateResumeCommandValidator : AbstractValidator<UpdateResumeCommand>
{
    public UpdateResumeCommandValidator(ResumeTemplateLookup templates, IOptions<ResumeOptions> options)
    {
        Include(new ResumeContentValidator<UpdateResumeCommand>(templates, options));
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).OverridePropertyName("version");
    }
}
