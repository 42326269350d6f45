using FluentValidation;

namespace ResumeExport.Application.Emails.SendExportEmail;

public sealed class SendExportEmailCommandValidator : AbstractValidator<SendExportEmailCommand>
{
    public SendExportEmailCommandValidator() => RuleFor(c => c.EmailJobId).NotEmpty();
}
