using FluentValidation;
using ResumeExport.Domain.Plans;

namespace ResumeExport.Application.Billing.ChangePlan;

public sealed class ChangePlanCommandValidator : AbstractValidator<ChangePlanCommand>
{
    public ChangePlanCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.PlanCode)
            .NotEmpty()
            .Must(PlanCodes.IsKnown).WithMessage($"planCode must be one of: {string.Join(", ", PlanCodes.All)}.");
        RuleFor(c => c.ScheduleAt)
            .Must(at => at > clock.GetUtcNow()).When(c => c.ScheduleAt is not null)
            .WithMessage("scheduleAt must be in the future.");
    }
}
