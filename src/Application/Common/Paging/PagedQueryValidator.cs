using FluentValidation;

namespace ResumeExport.Application.Common.Paging;

/// <summary>Every paged list: limit 1 to the query's maximum, a cursor this API issued.</summary>
public sealed class PagedQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IPagedQuery
{
    public PagedQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, TQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => CursorCodec.TryDecode(c, out _)).WithMessage(TQuery.InvalidCursorMessage);
    }
}
