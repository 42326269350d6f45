using Mediator;
using ResumeExport.Application.Common.Exceptions;
using ResumeExport.Application.Common.Ports.Identity;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Application.Exports.Common;

namespace ResumeExport.Application.Exports.GetExport;

public sealed record GetExportQuery(Guid Id) : IQuery<ExportResponse>;

public sealed class GetExportQueryHandler(ICurrentUser currentUser, IExportRepository exports) : IQueryHandler<GetExportQuery, ExportResponse>
{
    public async ValueTask<ExportResponse> Handle(GetExportQuery query, CancellationToken cancellationToken)
    {
        var export = await exports.FindOwnedReadOnlyAsync(query.Id, currentUser.RequiredUserId, cancellationToken)
            ?? throw new NotFoundException("Export", query.Id);
        return ExportResponse.From(export);
    }
}
