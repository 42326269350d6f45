using FluentValidation;

namespace ResumeExport.Contracts;

/// <summary>Shared by producer (before the outbox write) and consumer (before the use case).</summary>
public sealed class SendExportEmailValidator : AbstractValidator<SendExportEmail>
{
    public SendExportEmailValidator()
    {
        RuleFor(m => m.EmailJobId).NotEmpty();
        RuleFor(m => m.ExportId).NotEmpty();
        RuleFor(m => m.UserId).NotEmpty();
    }
}
