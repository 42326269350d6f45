using FluentValidation;

namespace ResumeExport.Application.Exports.PurgeFailedRecords;

public sealed class PurgeFailedRecordsCommandValidator : AbstractValidator<PurgeFailedRecordsCommand>
{
    public PurgeFailedRecordsCommandValidator()
    {
        RuleFor(c => c.Retention).GreaterThanOrEqualTo(TimeSpan.FromHours(1));
        RuleFor(c => c.BatchSize).InclusiveBetween(1, 10_000);
    }
}
