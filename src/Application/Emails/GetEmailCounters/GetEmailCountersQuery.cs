using Mediator;
using ResumeExport.Application.Common.Ports.Persistence;

namespace ResumeExport.Application.Emails.GetEmailCounters;

/// <summary>The durable e-mail counters, for the admin metrics endpoint.</summary>
public sealed record GetEmailCountersQuery : IQuery<EmailCountersResponse>;

public sealed class GetEmailCountersQueryHandler(IEmailCounters counters) : IQueryHandler<GetEmailCountersQuery, EmailCountersResponse>
{
    public async ValueTask<EmailCountersResponse> Handle(GetEmailCountersQuery query, CancellationToken cancellationToken) =>
        EmailCountersResponse.From(await counters.ReadAsync(cancellationToken));
}
