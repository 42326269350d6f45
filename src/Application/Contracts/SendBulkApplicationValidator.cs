using FluentValidation;

namespace ResumeExport.Contracts;

/// <summary>Shared by producer (before the outbox write) and consumer (before the use case).</summary>
public sealed class SendBulkApplicationValidator : AbstractValidator<SendBulkApplication>
{
    public SendBulkApplicationValidator()
    {
        RuleFor(m => m.EmailJobId).NotEmpty();
        RuleFor(m => m.BulkApplyId).NotEmpty();
        RuleFor(m => m.UserId).NotEmpty();
    }
}
