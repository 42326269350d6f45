using FluentValidation;

namespace ResumeExport.Application.Exports.CheckFailureAlerts;

public sealed class CheckFailureAlertsCommandValidator : AbstractValidator<CheckFailureAlertsCommand>
{
    public CheckFailureAlertsCommandValidator()
    {
        RuleFor(c => c.Thresholds).NotNull();
        RuleFor(c => c.Thresholds.Window).GreaterThan(TimeSpan.Zero).When(c => c.Thresholds is not null);
        RuleFor(c => c.Thresholds.MinEvents).GreaterThanOrEqualTo(1).When(c => c.Thresholds is not null);
        RuleFor(c => c.Thresholds.FailureRatio).GreaterThan(0d).LessThanOrEqualTo(1d).When(c => c.Thresholds is not null);
        RuleFor(c => c.Thresholds.Cooldown).GreaterThanOrEqualTo(TimeSpan.Zero).When(c => c.Thresholds is not null);
    }
}
