using FluentValidation;
using Microsoft.Extensions.Options;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Application.Resumes.Common;

namespace ResumeExport.Application.Resumes.CreateResume;

public sealed class CreateResumeCommandValidator : AbstractValidator<CreateResumeCommand>
{
    public CreateResumeCommandValidator(ITemplateCatalog templates, IOptions<ResumeOptions> options) =>
        Include(new ResumeContentValidator<CreateResumeCommand>(templates, options));
}
