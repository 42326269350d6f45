using FluentValidation;

namespace ResumeExport.Application.Resumes.PruneResumeVersions;

public sealed class PruneResumeVersionsCommandValidator : AbstractValidator<PruneResumeVersionsCommand>
{
    public PruneResumeVersionsCommandValidator() => RuleFor(c => c.BatchSize).InclusiveBetween(1, 10_000);
}
