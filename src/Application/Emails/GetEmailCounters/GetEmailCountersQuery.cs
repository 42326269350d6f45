using Mediator;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Application.Emails.GetEmailCounters;

/// <summary>The durable <c>emailByReason.{freeTierExport,bulkApply}.{sent,failed}</c> counters (for the admin metrics endpoint).</summary>
public sealed record GetEmailCountersQuery : IQuery<EmailCountersResponse>;

public sealed class GetEmailCountersQueryHandler(IEmailCounters counters) : IQueryHandler<GetEmailCountersQuery, EmailCountersResponse>
{
    public async ValueTask<EmailCountersResponse> Handle(GetEmailCountersQuery query, CancellationToken cancellationToken)
    {
        var values = await counters.ReadAsync(cancellationToken);
        EmailOutcomeCounts For(EmailReason reason) => new(
            values.GetValueOrDefault((reason, EmailJobStatus.Sent)),
            values.GetValueOrDefault((reason, EmailJobStatus.Failed)));

        return new EmailCountersResponse(new Dictionary<string, EmailOutcomeCounts>
        {
            ["freeTierExport"] = For(EmailReason.FreeTierExport),
            ["bulkApply"] = For(EmailReason.BulkApply),
        });
    }
}
