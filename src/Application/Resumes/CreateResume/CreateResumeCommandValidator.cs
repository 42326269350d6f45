using FluentValidation;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.CreateResume;

public sealed class CreateResumeCommandValidator : AbstractValidator<CreateResumeCommand>
{
    public CreateResumeCommandValidator(ResumeTemplateLookup templates, IOptions<ResumeOptions> options) =>
        Include(new ResumeContentValidator<CreateResumeCommand>(templates, options));
}
