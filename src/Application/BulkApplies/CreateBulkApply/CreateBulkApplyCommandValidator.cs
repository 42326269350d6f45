using FluentValidation;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.BulkApplies;
using ResumeExport.Domain.Exports;
using ResumeExport.Domain.Users;

namespace ResumeExport.Application.BulkApplies.CreateBulkApply;

/// <summary>All fields at once; each recipient at most once (case-insensitive).</summary>
public sealed class CreateBulkApplyCommandValidator : AbstractValidator<CreateBulkApplyCommand>
{
    public CreateBulkApplyCommandValidator()
    {
        RuleFor(c => c.ResumeId).NotEmpty();
        RuleFor(c => c.Format)
            .Must(f => f is null || ExportFormats.IsKnown(f))
            .WithMessage($"'format' must be one of {string.Join(", ", ExportFormats.All.Select(f => $"'{f}'"))}, or omitted for 'pdf'.");
        RuleFor(c => c.PageSize).Must(ExportPageSizes.IsKnownOrOmitted).WithMessage(ExportPageSizes.Message);
        RuleFor(c => c.Applications)
            .NotNull().WithMessage("'applications' is required.")
            .Must(a => a is null || a.Count is >= 1 and <= BulkApply.MaxApplications)
            .WithMessage($"'applications' must hold between 1 and {BulkApply.MaxApplications} applications.");
        RuleForEach(c => c.Applications).ChildRules(application =>
        {
            application.RuleFor(a => a.Company).NotEmpty().MaximumLength(BulkApply.CompanyMaxLength);
            application.RuleFor(a => a.Position).NotEmpty().MaximumLength(BulkApply.PositionMaxLength);
            application.RuleFor(a => a.RecipientEmail)
                .Must(EmailAddress.IsValid).WithMessage("'recipientEmail' must be a valid e-mail address.");
            application.RuleFor(a => a.Message).MaximumLength(BulkApply.MessageMaxLength);
        }).When(c => c.Applications is not null);
        RuleFor(c => c).Custom((command, context) =>
        {
            if (command.Applications is null)
            {
                return;
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < command.Applications.Count; i++)
            {
                if (command.Applications[i]?.RecipientEmail is { } email && !seen.Add(email))
                {
                    context.AddFailure($"Applications[{i}].RecipientEmail", $"'{email}' is already a recipient of this bulk apply.");
                }
            }
        });
    }
}
