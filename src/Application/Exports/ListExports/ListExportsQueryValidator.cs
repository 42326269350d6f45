using FluentValidation;
using ResumeExport.Application.Common.Paging;

namespace ResumeExport.Application.Exports.ListExports;

public sealed class ListExportsQueryValidator : AbstractValidator<ListExportsQuery>
{
    public ListExportsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListExportsQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => CursorCodec.TryDecode(c, out _)).WithMessage("'cursor' is not a cursor this API returned.");
    }
}
