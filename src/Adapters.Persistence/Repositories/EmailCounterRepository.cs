using Microsoft.EntityFrameworkCore;
using ResumeExport.Adapters.Persistence.Configurations;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Adapters.Persistence.Repositories;

/// <summary>An atomic upsert on the use case's connection, so the count commits or rolls back with the job.</summary>
internal sealed class EmailCounterRepository(AppDbContext db) : IEmailCounters
{
    public async Task IncrementAsync(EmailReason reason, EmailJobStatus outcome, CancellationToken cancellationToken)
    {
        var reasonName = reason.ToString();
        var outcomeName = outcome.ToString();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO email_counters (reason, outcome, count) VALUES ({reasonName}, {outcomeName}, 1)
            ON CONFLICT (reason, outcome) DO UPDATE SET count = email_counters.count + 1
            """, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<(EmailReason Reason, EmailJobStatus Outcome), long>> ReadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<EmailCounterRow>().AsNoTracking().ToListAsync(cancellationToken);
        var counters = new Dictionary<(EmailReason, EmailJobStatus), long>();
        foreach (var row in rows)
        {
            if (Enum.TryParse<EmailReason>(row.Reason, out var reason) && Enum.TryParse<EmailJobStatus>(row.Outcome, out var outcome))
            {
                counters[(reason, outcome)] = row.Count;
            }
        }

        return counters;
    }
}
