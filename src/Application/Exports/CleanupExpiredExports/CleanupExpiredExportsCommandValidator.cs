using FluentValidation;

namespace ResumeExport.Application.Exports.CleanupExpiredExports;

public sealed class CleanupExpiredExportsCommandValidator : AbstractValidator<CleanupExpiredExportsCommand>
{
    public CleanupExpiredExportsCommandValidator() =>
        RuleFor(c => c.BatchSize).InclusiveBetween(1, CleanupExpiredExportsCommand.MaxBatchSize);
}
