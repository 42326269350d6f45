using FluentValidation;

namespace ResumeExport.Application.Common.Paging;

/// <summary>The one validator of every paged list: a limit from 1 to the query's maximum and a cursor this API returned.</summary>
public sealed class PagedQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IPagedQuery
{
    public PagedQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, TQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => CursorCodec.TryDecode(c, out _)).WithMessage(TQuery.InvalidCursorMessage);
    }
}
