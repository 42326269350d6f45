using FluentValidation;

namespace ResumeExport.Application.Emails.SendBulkApplicationEmail;

public sealed class SendBulkApplicationEmailCommandValidator : AbstractValidator<SendBulkApplicationEmailCommand>
{
    public SendBulkApplicationEmailCommandValidator() => RuleFor(c => c.EmailJobId).NotEmpty();
}
