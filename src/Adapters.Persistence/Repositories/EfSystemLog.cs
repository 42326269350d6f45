using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports.Persistence;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Adapters.Persistence.Repositories;

internal sealed class EfSystemLog(AppDbContext db) : ISystemLog, ISystemLogReader
{
    public void Add(SystemLog entry) => db.SystemLogs.Add(entry);

    // ix_system_logs_action_time (action, created_at) makes this one index probe.
    public Task<SystemLog?> LatestAsync(string action, CancellationToken cancellationToken) =>
        db.SystemLogs.AsNoTracking().Where(l => l.Action == action).OrderByDescending(l => l.CreatedAt).FirstOrDefaultAsync(cancellationToken);
}
