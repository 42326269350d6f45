using FluentValidation;
using ResumeExport.Application.Common.Paging;

namespace ResumeExport.Application.Emails.ListFailedEmails;

public sealed class ListFailedEmailsQueryValidator : AbstractValidator<ListFailedEmailsQuery>
{
    public ListFailedEmailsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListFailedEmailsQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => CursorCodec.TryDecode(c, out _)).WithMessage("'cursor' is not a cursor this API returned.");
    }
}
