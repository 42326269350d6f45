using FluentValidation;
using ResumeExport.Application.Common.Paging;

namespace ResumeExport.Application.Billing.ListFailedWebhooks;

public sealed class ListFailedWebhooksQueryValidator : AbstractValidator<ListFailedWebhooksQuery>
{
    public ListFailedWebhooksQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListFailedWebhooksQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => CursorCodec.TryDecode(c, out _)).WithMessage("The cursor is not valid.");
    }
}
