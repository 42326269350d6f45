using Microsoft.EntityFrameworkCore;
using ResumeExport.Adapters.Persistence.Configurations;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.Emails;

namespace ResumeExport.Adapters.Persistence.Repositories;

/// <summary>
/// The <c>email_counters</c> table: one row per (reason, outcome), bumped with <c>INSERT … ON CONFLICT DO UPDATE</c>
/// (atomic under concurrent workers) on the use case's connection, so it commits or rolls back with the job's change.
/// </summary>
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
