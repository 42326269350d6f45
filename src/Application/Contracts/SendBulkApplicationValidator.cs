using FluentValidation;

namespace ResumeExport.Contracts;

/// <summary>Shared by the producer (before the outbox row is written) and the consumer (before the use case runs).</summary>
public sealed class SendBulkApplicationValidator : AbstractValidator<SendBulkApplication>
{
    public SendBulkApplicationValidator()
    {
        RuleFor(m => m.EmailJobId).NotEmpty();
        RuleFor(m => m.BulkApplyId).NotEmpty();
        RuleFor(m => m.UserId).NotEmpty();
    }
}
