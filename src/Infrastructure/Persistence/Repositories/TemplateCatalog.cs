using Microsoft.EntityFrameworkCore;
using ResumeExport.Application.Common.Ports;
using ResumeExport.Domain.Templates;

namespace ResumeExport.Infrastructure.Persistence.Repositories;

internal sealed class TemplateCatalog(AppDbContext db) : ITemplateCatalog
{
    public async Task<IReadOnlyList<Template>> ListAsync(CancellationToken cancellationToken) =>
        await db.Templates.AsNoTracking().OrderBy(t => t.IsPremium).ThenBy(t => t.Key).ToListAsync(cancellationToken);

    public Task<Template?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.Templates.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
}
