using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.SystemLogs;

namespace ResumeExport.Infrastructure.Persistence.Repositories;

internal sealed class EfSystemLog(AppDbContext db) : ISystemLog
{
    public void Add(SystemLog entry) => db.SystemLogs.Add(entry);
}
