using ResumeExport.Domain.Templates;

namespace ResumeExport.Application.Common.Ports;

public interface ITemplateCatalog
{
    Task<IReadOnlyList<Template>> ListAsync(CancellationToken cancellationToken);

    Task<Template?> FindAsync(string key, CancellationToken cancellationToken);
}
