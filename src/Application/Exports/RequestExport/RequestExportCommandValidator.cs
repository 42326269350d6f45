using FluentValidation;
using ResumeExport.Application.Exports.Common;
using ResumeExport.Domain.Exports;

namespace ResumeExport.Application.Exports.RequestExport;

public sealed class RequestExportCommandValidator : AbstractValidator<RequestExportCommand>
{
    public RequestExportCommandValidator()
    {
        RuleFor(c => c.ResumeId).NotEmpty();
        RuleFor(c => c.Format)
            .Must(ExportFormats.IsKnown)
            .WithMessage($"'format' must be one of {string.Join(", ", ExportFormats.All.Select(f => $"'{f}'"))}.");
        RuleFor(c => c.Delivery).Must(d => d is null or "download" or "email").WithMessage("'delivery' must be 'download' or 'email'.");
        RuleFor(c => c.PageSize).Must(ExportPageSizes.IsKnownOrOmitted).WithMessage(ExportPageSizes.Message);
        RuleFor(c => c.IdempotencyKey)
            .MaximumLength(Export.IdempotencyKeyMaxLength)
            .Matches("^[A-Za-z0-9._:-]+$").WithMessage("'idempotencyKey' may hold letters, digits and . _ : - only.");
    }
}
