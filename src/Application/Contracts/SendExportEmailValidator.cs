using FluentValidation;

namespace ResumeExport.Contracts;

/// <summary>Shared by the producer (before the outbox row is written) and the consumer (before the use case runs).</summary>
public sealed class SendExportEmailValidator : AbstractValidator<SendExportEmail>
{
    public SendExportEmailValidator()
    {
        RuleFor(m => m.EmailJobId).NotEmpty();
        RuleFor(m => m.ExportId).NotEmpty();
        RuleFor(m => m.UserId).NotEmpty();
    }
}
