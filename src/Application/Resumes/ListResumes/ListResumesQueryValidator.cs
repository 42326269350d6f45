using FluentValidation;
using ResumeExport.Application.Common.Paging;

namespace ResumeExport.Application.Resumes.ListResumes;

public sealed class ListResumesQueryValidator : AbstractValidator<ListResumesQuery>
{
    public ListResumesQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListResumesQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => CursorCodec.TryDecode(c, out _)).WithMessage("'cursor' is not a cursor this API returned.");
    }
}
