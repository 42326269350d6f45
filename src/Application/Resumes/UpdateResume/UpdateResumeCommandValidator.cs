using FluentValidation;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.UpdateResume;

public sealed class UpdateResumeCommandValidator : AbstractValidator<UpdateResumeCommand>
{
    public UpdateResumeCommandValidator(ITemplateCatalog templates, IOptions<ResumeOptions> options)
    {
        Include(new ResumeContentValidator<UpdateResumeCommand>(templates, options));
        RuleFor(c => c.ExpectedVersion).GreaterThan(0).OverridePropertyName("version");
    }
}
